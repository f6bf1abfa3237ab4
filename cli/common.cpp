#include "common.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "check/registry.h"
#include "load/yaml_doc.h"
#include "report/human.h"
#include "util/spelling.h"

namespace reltheme::cli {

void add_output_options(CLI::App& app, OutputOptions& options, const std::vector<std::string>& formats) {
    app.add_option("--format", options.format, "Report format")
        ->check(CLI::IsMember(formats))
        ->default_str("human");
    app.add_option("--color", options.color, "Colour: always, never or auto (terminal, no NO_COLOR)")
        ->check(CLI::IsMember({"always", "never", "auto"}))
        ->default_str("auto");
    app.add_flag("-q,--quiet", options.quiet, "Print only errors; nothing when clean");
    app.add_option("--output", options.outputs,
                   "Also write a report to a file, as FORMAT=FILE (repeatable)");
}

bool use_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return ::isatty(STDOUT_FILENO) == 1;
}

std::optional<ProjectConfig> load_config(const std::string& config_path) {
    std::optional<std::filesystem::path> path;
    if (!config_path.empty()) {
        path = config_path;
    } else {
        path = find_project_file(std::filesystem::current_path());
    }
    if (!path) return ProjectConfig{};
    std::ifstream in(*path, std::ios::binary);
    if (!in) {
        print_error("cannot read the project file " + path->string());
        return std::nullopt;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const SourceText source(path->string(), strip_bom(buffer.str()));
    DiagnosticSink sink(path->string());
    auto config = parse_project(source, sink);
    // Rule ids in `rules:` must exist.
    if (config) {
        std::vector<std::string> ids;
        for (const auto& r : all_rules()) ids.emplace_back(r->id());
        for (const auto& [id, range] : config->rule_key_ranges) {
            if (find_rule(id)) continue;
            std::string message = "unknown rule \"" + id + "\" in \"rules\"";
            if (const auto s = closest_match(id, ids)) message += "; did you mean \"" + *s + "\"?";
            sink.report("schema", Severity::Error, range, message);
        }
        if (sink.has_errors()) config.reset();
    }
    if (!sink.items().empty()) {
        HumanOptions options;
        options.color = use_color("auto") && ::isatty(STDERR_FILENO) == 1;
        for (const auto& d : sink.items()) print_diagnostic(std::cerr, d, &source, options);
    }
    if (!config) {
        print_error("the project file " + path->string() + " cannot be used");
        return std::nullopt;
    }
    return config;
}

int default_jobs() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

void print_error(const std::string& message) { std::cerr << "reltheme: error: " << message << "\n"; }

}  // namespace reltheme::cli
