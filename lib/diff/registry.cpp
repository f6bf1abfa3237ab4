#include <memory>

#include "diff/change_kind.h"
#include "diff/kinds/kinds.h"

namespace reltheme {

const std::vector<const ChangeKind*>& all_change_kinds() {
    static const std::vector<std::unique_ptr<Rule>> k_owned = [] {
        std::vector<std::unique_ptr<Rule>> r;
        // Themes
        r.push_back(rules::make_theme_added());
        r.push_back(rules::make_theme_removed());
        r.push_back(rules::make_theme_id_changed());
        r.push_back(rules::make_theme_type_changed());
        r.push_back(rules::make_theme_renamed());

        // Stages and transitions
        r.push_back(rules::make_stage_added());
        r.push_back(rules::make_stage_removed());
        r.push_back(rules::make_stage_moved());
        r.push_back(rules::make_stage_renamed());
        r.push_back(rules::make_stage_reordered());
        r.push_back(rules::make_stage_deadline_shortened());
        r.push_back(rules::make_stage_deadline_lengthened());
        r.push_back(rules::make_stage_requires_added());
        r.push_back(rules::make_stage_requires_removed());
        r.push_back(rules::make_stage_role_changed());
        r.push_back(rules::make_stage_result_changed());
        r.push_back(rules::make_probability_changed());
        r.push_back(rules::make_transition_added());
        r.push_back(rules::make_transition_removed());
        r.push_back(rules::make_initial_stage_changed());

        // Deadlines and approval
        r.push_back(rules::make_max_duration_shortened());
        r.push_back(rules::make_max_duration_lengthened());
        r.push_back(rules::make_approval_enabled());
        r.push_back(rules::make_approval_disabled());
        r.push_back(rules::make_approvers_changed());

        // Outcomes
        r.push_back(rules::make_outcome_added());
        r.push_back(rules::make_outcome_removed());
        r.push_back(rules::make_outcome_moved());
        r.push_back(rules::make_outcome_renamed());
        r.push_back(rules::make_outcome_result_changed());
        r.push_back(rules::make_outcome_comment_changed());

        // Fields and documents
        r.push_back(rules::make_field_added());
        r.push_back(rules::make_field_removed());
        r.push_back(rules::make_field_moved());
        r.push_back(rules::make_field_renamed());
        r.push_back(rules::make_field_type_changed());
        r.push_back(rules::make_field_option_added());
        r.push_back(rules::make_field_option_removed());
        r.push_back(rules::make_document_added());
        r.push_back(rules::make_document_removed());
        r.push_back(rules::make_document_changed());
        r.push_back(rules::make_template_changed());

        // Parameters and texts
        r.push_back(rules::make_parameter_changed());
        r.push_back(rules::make_description_changed());
        r.push_back(rules::make_instruction_changed());
        r.push_back(rules::make_script_changed());
        return r;
    }();
    // Every factory above makes a ChangeKind (the factories return the Rule
    // base only so that a kind is written like a rule).
    static const std::vector<const ChangeKind*> k_kinds = [] {
        std::vector<const ChangeKind*> out;
        for (const auto& rule : k_owned) out.push_back(&dynamic_cast<const ChangeKind&>(*rule));
        return out;
    }();
    return k_kinds;
}

}  // namespace reltheme
