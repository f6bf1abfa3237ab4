#include "check/registry.h"

#include <algorithm>

#include "check/rules/rules.h"

namespace reltheme {

const std::vector<std::unique_ptr<Rule>>& all_rules() {
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

        // Stage graph

        // Deadlines and approval

        // Parameters and outcomes

        // Style (lint only)

        // Diff change kinds

        return r;
    }();
    return k_rules;
}

const Rule* find_rule(std::string_view id) {
    const auto& rules = all_rules();
    const auto it = std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r->id() == id; });
    return it == rules.end() ? nullptr : it->get();
}

}  // namespace reltheme
