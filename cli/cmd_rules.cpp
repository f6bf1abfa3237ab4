#include "cmd_rules.h"

#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"
#include "common.h"
#include "report/json.h"

namespace reltheme::cli {

int run_rules(const RulesOptions& opts) {
    // One row per rule, change kind and simulation check, as the catalogue lists them.
    auto severity = [](const RuleInfo& r) {
        return r.severity_text.empty() ? std::string(to_string(r.default_severity))
                                       : r.severity_text;
    };
    if (opts.format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : rule_catalogue()) {
            out.push_back({{"id", r.id},
                           {"severity", severity(r)},
                           {"group", r.group},
                           {"fix", r.fix},
                           {"summary", r.summary}});
        }
        write_json(std::cout, out);
    } else {
        for (const auto& r : rule_catalogue()) {
            std::cout << fmt::format("{:<42} {:<9} {:<10} {:<6} {}\n", r.id, severity(r), r.group,
                                     r.fix == "none" ? "-" : r.fix, r.summary);
        }
    }
    return k_exit_ok;
}

void setup_rules(CLI::App& parent) {
    const auto [app, opts] = add_command<RulesOptions>(
        parent, "rules",
        "List every rule, change kind and simulation violation: "
        "id, default severity, group, fix (safe, unsafe, both or -), summary",
        "Examples:\n  reltheme rules\n  reltheme rules --format json", run_rules);
    app->add_option("--format", opts->format, "human or json")
        ->check(CLI::IsMember({"human", "json"}));
}

}  // namespace reltheme::cli
