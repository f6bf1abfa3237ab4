#pragma once
/// Factories of every change kind of `reltheme diff`, one per file in this
/// folder; diff/registry.cpp lists them in order. As a clang-tidy module owns
/// its checks, diff/ owns this list: check/ knows nothing of it.
///
/// The factories return the `Rule` base (check/rule.h) and sit in the same
/// namespace as check's, so one kind is written like one rule.
#include <memory>

namespace reltheme {

class Rule;

namespace rules {

std::unique_ptr<Rule> make_theme_added();
std::unique_ptr<Rule> make_theme_removed();
std::unique_ptr<Rule> make_theme_id_changed();
std::unique_ptr<Rule> make_theme_type_changed();
std::unique_ptr<Rule> make_theme_renamed();
std::unique_ptr<Rule> make_stage_added();
std::unique_ptr<Rule> make_stage_removed();
std::unique_ptr<Rule> make_stage_moved();
std::unique_ptr<Rule> make_stage_renamed();
std::unique_ptr<Rule> make_stage_reordered();
std::unique_ptr<Rule> make_stage_deadline_shortened();
std::unique_ptr<Rule> make_stage_deadline_lengthened();
std::unique_ptr<Rule> make_stage_requires_added();
std::unique_ptr<Rule> make_stage_requires_removed();
std::unique_ptr<Rule> make_stage_role_changed();
std::unique_ptr<Rule> make_stage_result_changed();
std::unique_ptr<Rule> make_probability_changed();
std::unique_ptr<Rule> make_transition_added();
std::unique_ptr<Rule> make_transition_removed();
std::unique_ptr<Rule> make_initial_stage_changed();
std::unique_ptr<Rule> make_max_duration_shortened();
std::unique_ptr<Rule> make_max_duration_lengthened();
std::unique_ptr<Rule> make_approval_enabled();
std::unique_ptr<Rule> make_approval_disabled();
std::unique_ptr<Rule> make_approvers_changed();
std::unique_ptr<Rule> make_outcome_added();
std::unique_ptr<Rule> make_outcome_removed();
std::unique_ptr<Rule> make_outcome_moved();
std::unique_ptr<Rule> make_outcome_renamed();
std::unique_ptr<Rule> make_outcome_result_changed();
std::unique_ptr<Rule> make_outcome_comment_changed();
std::unique_ptr<Rule> make_field_added();
std::unique_ptr<Rule> make_field_removed();
std::unique_ptr<Rule> make_field_moved();
std::unique_ptr<Rule> make_field_renamed();
std::unique_ptr<Rule> make_field_type_changed();
std::unique_ptr<Rule> make_field_option_added();
std::unique_ptr<Rule> make_field_option_removed();
std::unique_ptr<Rule> make_document_added();
std::unique_ptr<Rule> make_document_removed();
std::unique_ptr<Rule> make_document_changed();
std::unique_ptr<Rule> make_template_changed();
std::unique_ptr<Rule> make_parameter_changed();
std::unique_ptr<Rule> make_description_changed();
std::unique_ptr<Rule> make_instruction_changed();
std::unique_ptr<Rule> make_script_changed();

}  // namespace rules
}  // namespace reltheme
