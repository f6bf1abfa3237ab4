#include "cmd_rules.h"

#include <algorithm>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"
#include "common.h"
#include "util/embedded.h"
#include "util/spelling.h"

namespace reltheme::cli {

void setup_rules(CLI::App& parent) {
    auto format = std::make_shared<std::string>("human");
    CLI::App* app = parent.add_subcommand("rules",
                                          "List every rule, change kind and simulation violation: "
                                          "id, default severity, group, summary");
    app->footer("Examples:\n  reltheme rules\n  reltheme rules --format json");
    app->add_option("--format", *format, "human or json")->check(CLI::IsMember({"human", "json"}));
    app->final_callback([format] {
        // One row per rule, change kind and simulation check, as the catalogue lists them.
        auto severity = [](const RuleInfo& r) {
            return r.severity_text.empty() ? std::string(to_string(r.default_severity))
                                           : r.severity_text;
        };
        if (*format == "json") {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& r : rule_catalogue()) {
                out.push_back({{"id", r.id},
                               {"severity", severity(r)},
                               {"group", r.group},
                               {"summary", r.summary}});
            }
            std::cout << out.dump(2) << "\n";
        } else {
            for (const auto& r : rule_catalogue()) {
                std::cout << fmt::format("{:<42} {:<9} {:<10} {}\n", r.id, severity(r), r.group,
                                         r.summary);
            }
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
        const RuleInfo* rule = find_in_catalogue(*id);
        if (!rule) {
            std::string message = "no rule \"" + *id + "\"";
            message += did_you_mean(closest_match(*id, rule_ids()));
            print_error(message + " (reltheme rules lists them)");
            throw CLI::RuntimeError(k_exit_error);
        }
        std::cout << rule->page;
        throw CLI::RuntimeError(k_exit_ok);
    });
}

namespace {

/// The schemas compiled in (schemas/NAME.schema.json), by NAME, in name order.
std::vector<std::string> schema_names() {
    constexpr std::string_view prefix = "schemas/", suffix = ".schema.json";
    std::vector<std::string> names;
    for (const auto& [path, text] : embedded::embedded_files()) {
        if (path.starts_with(prefix) && path.ends_with(suffix))
            names.emplace_back(
                path.substr(prefix.size(), path.size() - prefix.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

}  // namespace

void setup_schema(CLI::App& parent) {
    auto which = std::make_shared<std::string>("theme");
    CLI::App* app =
        parent.add_subcommand("schema", "Print the JSON Schema of a file reltheme reads or writes");
    app->footer("Examples:\n  reltheme schema > theme.schema.json\n  reltheme schema project");
    app->add_option("kind", *which, "Which schema (default theme): " + joined(schema_names()));
    app->final_callback([which] {
        const auto text = embedded_file("schemas/" + *which + ".schema.json");
        if (!text) {
            std::string message = "no schema \"" + *which + "\"";
            message += did_you_mean(closest_match(*which, schema_names()));
            print_error(message + " (there are " + joined(schema_names()) + ")");
            throw CLI::RuntimeError(k_exit_error);
        }
        std::cout << *text;
        throw CLI::RuntimeError(k_exit_ok);
    });
}

}  // namespace reltheme::cli
