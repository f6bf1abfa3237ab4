#include "cmd_schema.h"

#include <algorithm>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common.h"
#include "i18n/messages.h"
#include "util/embedded.h"
#include "util/spelling.h"

namespace reltheme::cli {
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

/// One line per schema: its name and the `title` it gives itself, which says
/// what file or report it describes.
std::string schema_list() {
    std::string out;
    for (const auto& name : schema_names()) {
        const auto text = embedded_file("schemas/" + name + ".schema.json");
        const auto schema = nlohmann::json::parse(*text, nullptr, false);
        const std::string title =
            schema.is_object() ? schema.value("title", std::string()) : std::string();
        out += fmt::format("{:<14} {}\n", name, title);
    }
    return out;
}

}  // namespace

int run_schema(const SchemaOptions& opts) {
    if (opts.list) {
        std::cout << schema_list();
        return k_exit_ok;
    }
    const auto text = embedded_file("schemas/" + opts.kind + ".schema.json");
    if (!text) {
        std::string message =
            i18n::message("cli.no-schema", fmt::arg("schema", i18n::quoted(opts.kind)));
        message += i18n::did_you_mean(closest_match(opts.kind, schema_names()));
        print_error(message +
                    i18n::message("cli.schemas-are", fmt::arg("schemas", joined(schema_names()))));
        return k_exit_error;
    }
    std::cout << *text;
    return k_exit_ok;
}

void setup_schema(CLI::App& parent) {
    const auto [app, opts] = add_command<SchemaOptions>(
        parent, "schema",
        "Print the JSON Schema of a file reltheme reads or of a JSON report it writes",
        "Schemas:\n" + schema_list() +
            "\nExamples:\n  reltheme schema > theme.schema.json\n  reltheme schema project\n"
            "  reltheme schema diff",
        run_schema);
    app->add_option("kind", opts->kind, "Which schema (default theme): " + joined(schema_names()));
    app->add_flag("--list", opts->list, "List the schemas, one a line: name and what it describes");
}

}  // namespace reltheme::cli
