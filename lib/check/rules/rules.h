#pragma once
/// Factories of every rule of check/; check/registry.cpp lists them in order.
/// The change kinds of `reltheme diff` are diff's own (diff/kinds/kinds.h).
#include <memory>

#include "check/rule.h"

namespace reltheme::rules {

// Structure (reported while loading).
std::unique_ptr<Rule> make_yaml_syntax();
std::unique_ptr<Rule> make_duplicate_key();
std::unique_ptr<Rule> make_schema();
std::unique_ptr<Rule> make_unsupported_version();
std::unique_ptr<Rule> make_not_for_type();
std::unique_ptr<Rule> make_duplicate_id();
std::unique_ptr<Rule> make_unused_suppression();

// References.
std::unique_ptr<Rule> make_unknown_stage();
std::unique_ptr<Rule> make_unknown_field();
std::unique_ptr<Rule> make_unknown_document();
std::unique_ptr<Rule> make_unknown_reference();
std::unique_ptr<Rule> make_missing_file();
std::unique_ptr<Rule> make_path_escape();
std::unique_ptr<Rule> make_unknown_placeholder();
std::unique_ptr<Rule> make_template_syntax();
std::unique_ptr<Rule> make_reserved_id();

// Stage graph.
std::unique_ptr<Rule> make_unreachable_stage();
std::unique_ptr<Rule> make_no_final_stage();
std::unique_ptr<Rule> make_dead_end();
std::unique_ptr<Rule> make_self_transition();
std::unique_ptr<Rule> make_duplicate_transition();
std::unique_ptr<Rule> make_probability_sum();

// Deadlines and approval.
std::unique_ptr<Rule> make_stage_deadline_exceeds_max();
std::unique_ptr<Rule> make_fastest_path_exceeds_max();
std::unique_ptr<Rule> make_slowest_path_exceeds_max();
std::unique_ptr<Rule> make_approval_without_approvers();
std::unique_ptr<Rule> make_approvers_without_approval();
std::unique_ptr<Rule> make_deadline_change_without_max_duration();

// Parameters and outcomes.
std::unique_ptr<Rule> make_close_on_payment_without_payment_stage();
std::unique_ptr<Rule> make_unpaid_invoices_without_payment_stage();
std::unique_ptr<Rule> make_payment_not_on_every_route();
std::unique_ptr<Rule> make_stages_after_payment();
std::unique_ptr<Rule> make_invoices_cancelled_on_win();
std::unique_ptr<Rule> make_deadline_on_closing_stage();
std::unique_ptr<Rule> make_unreachable_outcome();
std::unique_ptr<Rule> make_result_on_non_final_stage();
std::unique_ptr<Rule> make_refusal_stage_ends_as_won();
std::unique_ptr<Rule> make_audit_outcome_comment();

// Style (lint only).
std::unique_ptr<Rule> make_missing_instruction();
std::unique_ptr<Rule> make_missing_description();
std::unique_ptr<Rule> make_id_style();
std::unique_ptr<Rule> make_duplicate_stage_name();
std::unique_ptr<Rule> make_duplicate_name();
std::unique_ptr<Rule> make_too_many_stages();
std::unique_ptr<Rule> make_unused_document();
std::unique_ptr<Rule> make_missing_deadline();
std::unique_ptr<Rule> make_missing_outcomes();
std::unique_ptr<Rule> make_stage_order();
std::unique_ptr<Rule> make_long_name();
std::unique_ptr<Rule> make_empty_name();
std::unique_ptr<Rule> make_name_whitespace();
std::unique_ptr<Rule> make_name_case();

}  // namespace reltheme::rules
