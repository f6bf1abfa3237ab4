#include "cmd_rules.h"

#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "check/registry.h"
#include "common.h"
#include "simulate/violations.h"
#include "util/embedded.h"
#include "util/spelling.h"

namespace reltheme::cli {
namespace {

/// The group `reltheme rules` lists the simulation's violations and warnings
/// under: what `simulate` reports about a scenario run.
constexpr const char* k_simulate_group = "simulate";

/// The severity column of a simulation check: a violation fails nothing by
/// itself (expectations do), so the column says what the engine records.
std::string sim_severity(const SimCheckInfo& c) {
    return c.level.starts_with("warning") ? "warning" : "violation";
}

}  // namespace

void setup_rules(CLI::App& parent) {
    auto format = std::make_shared<std::string>("human");
    CLI::App* app = parent.add_subcommand("rules",
                                          "List every rule, change kind and simulation violation: "
                                          "id, default severity, group, summary");
    app->footer("Examples:\n  reltheme rules\n  reltheme rules --format json");
    app->add_option("--format", *format, "human or json")->check(CLI::IsMember({"human", "json"}));
    app->final_callback([format] {
        // One row per rule and change kind, then per simulation check.
        struct Row {
            std::string_view id;
            std::string severity;
            std::string_view group;
            std::string_view summary;
        };
        std::vector<Row> rows;
        for (const auto& r : all_rules()) {
            rows.push_back(
                {r->id(), to_string(r->default_severity()), to_string(r->group()), r->summary()});
        }
        for (const auto& c : sim_checks())
            rows.push_back({c.id, sim_severity(c), k_simulate_group, c.summary});
        if (*format == "json") {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& r : rows) {
                out.push_back({{"id", r.id},
                               {"severity", r.severity},
                               {"group", r.group},
                               {"summary", r.summary}});
            }
            std::cout << out.dump(2) << "\n";
        } else {
            for (const auto& r : rows)
                std::cout << fmt::format("{:<42} {:<9} {:<10} {}\n", r.id, r.severity, r.group,
                                         r.summary);
        }
        throw CLI::RuntimeError(k_exit_ok);
    });
}

void setup_explain(CLI::App& parent) {
    auto id = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand(
        "explain", "Print the documentation page of a rule, change kind or simulation violation");
    app->footer("Examples:\n  reltheme explain unknown-stage\n  reltheme explain stage-overdue");
    app->add_option("rule", *id, "Rule id")->required();
    app->final_callback([id] {
        const auto page = embedded_file("docs/rules/" + *id + ".md");
        if (!page) {
            std::vector<std::string> ids = all_rule_ids();
            for (const auto& c : sim_checks()) ids.emplace_back(c.id);
            std::string message = "no rule \"" + *id + "\"";
            if (const auto s = closest_match(*id, ids)) message += "; did you mean \"" + *s + "\"?";
            print_error(message + " (reltheme rules lists them)");
            throw CLI::RuntimeError(k_exit_error);
        }
        std::cout << *page;
        throw CLI::RuntimeError(k_exit_ok);
    });
}

void setup_schema(CLI::App& parent) {
    auto which = std::make_shared<std::string>("theme");
    CLI::App* app =
        parent.add_subcommand("schema", "Print the JSON Schema editors use for theme files");
    app->footer("Examples:\n  reltheme schema > theme.schema.json\n  reltheme schema project");
    app->add_option("kind", *which, "theme (default), project, scenario, model or report");
    app->final_callback([which] {
        const auto text = embedded_file("schemas/" + *which + ".schema.json");
        if (!text) {
            print_error("no schema \"" + *which + "\"");
            throw CLI::RuntimeError(k_exit_error);
        }
        std::cout << *text;
        throw CLI::RuntimeError(k_exit_ok);
    });
}

}  // namespace reltheme::cli
