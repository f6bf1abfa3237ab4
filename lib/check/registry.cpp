#include "check/registry.h"

#include <algorithm>

#include "check/rules/rules.h"

namespace reltheme {

const std::vector<std::unique_ptr<Rule>>& check_rules() {
    static const std::vector<std::unique_ptr<Rule>> k_rules = [] {
        std::vector<std::unique_ptr<Rule>> r;
        // Structure
        r.push_back(rules::make_yaml_syntax());
        r.push_back(rules::make_duplicate_key());
        r.push_back(rules::make_schema());
        r.push_back(rules::make_unsupported_version());
        r.push_back(rules::make_not_for_type());
        r.push_back(rules::make_duplicate_id());
        r.push_back(rules::make_unused_suppression());

        // References
        r.push_back(rules::make_unknown_stage());
        r.push_back(rules::make_unknown_field());
        r.push_back(rules::make_unknown_document());
        r.push_back(rules::make_unknown_reference());
        r.push_back(rules::make_missing_file());
        r.push_back(rules::make_path_escape());
        r.push_back(rules::make_unknown_placeholder());
        r.push_back(rules::make_template_syntax());
        r.push_back(rules::make_reserved_id());

        // Stage graph
        r.push_back(rules::make_unreachable_stage());
        r.push_back(rules::make_no_final_stage());
        r.push_back(rules::make_dead_end());
        r.push_back(rules::make_self_transition());
        r.push_back(rules::make_duplicate_transition());
        r.push_back(rules::make_probability_sum());

        // Deadlines and approval
        r.push_back(rules::make_stage_deadline_exceeds_max());
        r.push_back(rules::make_fastest_path_exceeds_max());
        r.push_back(rules::make_slowest_path_exceeds_max());
        r.push_back(rules::make_approval_without_approvers());
        r.push_back(rules::make_approvers_without_approval());
        r.push_back(rules::make_deadline_change_without_max_duration());

        // Parameters and outcomes
        r.push_back(rules::make_close_on_payment_without_payment_stage());
        r.push_back(rules::make_unpaid_invoices_without_payment_stage());
        r.push_back(rules::make_payment_not_on_every_route());
        r.push_back(rules::make_stages_after_payment());
        r.push_back(rules::make_invoices_cancelled_on_win());
        r.push_back(rules::make_deadline_on_closing_stage());
        r.push_back(rules::make_unreachable_outcome());
        r.push_back(rules::make_result_on_non_final_stage());
        r.push_back(rules::make_refusal_stage_ends_as_won());
        r.push_back(rules::make_audit_outcome_comment());

        // Style (lint only)
        r.push_back(rules::make_missing_instruction());
        r.push_back(rules::make_missing_description());
        r.push_back(rules::make_id_style());
        r.push_back(rules::make_duplicate_stage_name());
        r.push_back(rules::make_duplicate_name());
        r.push_back(rules::make_too_many_stages());
        r.push_back(rules::make_unused_document());
        r.push_back(rules::make_missing_deadline());
        r.push_back(rules::make_missing_outcomes());
        r.push_back(rules::make_stage_order());
        r.push_back(rules::make_long_name());
        r.push_back(rules::make_empty_name());
        r.push_back(rules::make_name_whitespace());
        r.push_back(rules::make_name_case());
        return r;
    }();
    return k_rules;
}

const Rule* find_check_rule(std::string_view id) {
    const auto& rules = check_rules();
    const auto it =
        std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r->id() == id; });
    return it == rules.end() ? nullptr : it->get();
}

}  // namespace reltheme
