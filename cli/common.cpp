#include "common.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <regex>
#include <thread>

#include "catalogue/catalogue.h"
#include "i18n/lang.h"
#include "i18n/messages.h"
#include "load/git_ignore.h"
#include "report/github.h"
#include "report/human.h"
#include "report/statistics.h"
#include "util/env.h"

namespace reltheme::cli {

void add_output_options(CLI::App& app, OutputOptions& options,
                        const std::vector<std::string>& formats) {
    std::string names;
    for (const auto& f : formats) names += (names.empty() ? "" : ", ") + f;
    app.add_option("--format", options.format, "Report on standard output: " + names)
        ->check(CLI::IsMember(formats))
        ->default_str(formats.front());
    app.add_option("--color", options.color,
                   "Colour: always, never or auto (a terminal; NO_COLOR, FORCE_COLOR and TERM=dumb "
                   "respected)")
        ->check(CLI::IsMember({"always", "never", "auto"}))
        ->default_str("auto");
    app.add_flag("-q,--quiet", options.quiet,
                 "Print only errors; nothing when clean (human report)");
    const std::string command = app.get_name();
    // One value per occurrence: `--output json=x.json themes/` leaves
    // `themes/` to the positional arguments.
    app.add_option("--output", options.outputs,
                   "Also write a report to a file, as FORMAT=FILE with FORMAT one of " + names +
                       " (repeatable), e.g. json=reltheme.json")
        ->type_name("FORMAT=FILE")
        ->allow_extra_args(false)
        ->check(CLI::Validator(
            [formats, command](std::string& value) -> std::string {
                std::string error;
                return parse_output_file(value, command, formats, error) ? std::string() : error;
            },
            ""));
}

std::vector<OutputFile> output_files(const OutputOptions& output,
                                     const std::vector<std::string>& formats,
                                     const std::string& command) {
    std::vector<OutputFile> files;
    std::string error;  // a bad value was refused when the options were read
    for (const auto& spec : output.outputs) {
        if (auto file = parse_output_file(spec, command, formats, error)) files.push_back(*file);
    }
    return files;
}

bool use_color(const std::string& mode, int fd) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    // no-color.org: NO_COLOR set and not empty turns colour off; an empty one
    // counts as unset. FORCE_COLOR (not empty, not 0) turns it on without a
    // terminal, as CI logs that show colour ask; TERM=dumb turns it off.
    const auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v ? std::string_view(v) : std::string_view();
    };
    if (!set("NO_COLOR").empty()) return false;
    if (const auto force = set("FORCE_COLOR"); !force.empty() && force != "0") return true;
    if (set("TERM") == "dumb") return false;
    return ::isatty(fd) == 1;
}

std::optional<ProjectConfig> load_config(const std::string& config_path,
                                         const std::filesystem::path& start, bool no_ignore) {
    auto config = report_project(
        load_project(config_path, start.empty() ? std::filesystem::current_path() : start,
                     configurable_rule_ids()));
    if (config) {
        config->gitignore = !no_ignore;
        if (config->lang) i18n::offer_lang(*config->lang, i18n::LangSource::Project);
    }
    return config;
}

void add_lang_option(CLI::App& app, std::string& lang) {
    app.add_option("--lang", lang,
                   "Language of messages: en or ru (default: RELTHEME_LANG, the project file's "
                   "lang:, LANGUAGE, LC_ALL, LC_MESSAGES, LANG, else en)")
        ->check(CLI::IsMember({"en", "ru"}));
}

int choose_lang(const std::string& option) {
    using i18n::LangSource;
    const auto env = i18n::environment_lang([](const char* name) { return std::getenv(name); });
    if (env.bad) {
        print_error("RELTHEME_LANG is \"" + *env.bad + "\"; it must be en or ru");
        return k_exit_error;
    }
    if (env.locale) i18n::offer_lang(*env.locale, LangSource::Locale);
    if (env.variable) i18n::offer_lang(*env.variable, LangSource::Variable);
    if (const auto lang = parse_lang(option)) i18n::offer_lang(*lang, LangSource::Option);
    return k_exit_ok;
}

void offer_lang_of_arguments(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") break;
        std::string_view value;
        if (arg == "--lang" && i + 1 < argc)
            value = argv[i + 1];
        else if (arg.starts_with("--lang="))
            value = arg.substr(7);
        else
            continue;
        if (const auto lang = parse_lang(value)) i18n::offer_lang(*lang, i18n::LangSource::Option);
    }
}

std::string argument_error_text(const CLI::App* app, const CLI::Error& e) {
    if (i18n::current_lang() == Lang::En) return CLI::FailureMessage::simple(app, e);
    const std::string what = e.what();
    std::string text;
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        const auto colon = what.find(": ");
        text = i18n::message(
            "cli.args.extra",
            fmt::arg("args", colon == std::string::npos ? what : what.substr(colon + 2)));
    } else if (dynamic_cast<const CLI::RequiredError*>(&e) && what.ends_with(" is required")) {
        text = i18n::message("cli.args.required",
                             fmt::arg("option", what.substr(0, what.size() - 12)));
    } else if (dynamic_cast<const CLI::ValidationError*>(&e)) {
        // The validators' two common texts, `--x: v not in {a,b}` and
        // `--x: Value v not in range 1 to 9`, are worded whole.
        static const std::regex k_member(R"(^(\S+): (.*) not in \{(.*)\}$)");
        static const std::regex k_range(R"(^(\S+): Value (.*) not in range (.*) to (.*)$)");
        std::smatch m;
        if (std::regex_match(what, m, k_member)) {
            text = i18n::message("cli.args.not-member", fmt::arg("option", m.str(1)),
                                 fmt::arg("value", i18n::quoted(m.str(2))),
                                 fmt::arg("allowed", m.str(3)));
        } else if (std::regex_match(what, m, k_range)) {
            text = i18n::message("cli.args.out-of-range", fmt::arg("option", m.str(1)),
                                 fmt::arg("value", i18n::quoted(m.str(2))),
                                 fmt::arg("low", m.str(3)), fmt::arg("high", m.str(4)));
        } else {
            text = i18n::message("cli.args.invalid", fmt::arg("detail", what));
        }
    } else if (dynamic_cast<const CLI::ExcludesError*>(&e) ||
               dynamic_cast<const CLI::RequiresError*>(&e)) {
        // `--fix excludes --diff`, `--a requires --b`.
        static const std::regex k_pair(R"(^(\S+) (excludes|requires) (\S+)$)");
        std::smatch m;
        if (std::regex_match(what, m, k_pair)) {
            text = i18n::message(m.str(2) == "excludes" ? "cli.args.excludes" : "cli.args.requires",
                                 fmt::arg("option", m.str(1)), fmt::arg("other", m.str(3)));
        } else {
            text = i18n::message("cli.args.other", fmt::arg("detail", what));
        }
    } else if (dynamic_cast<const CLI::ConversionError*>(&e)) {
        text = i18n::message("cli.args.conversion", fmt::arg("detail", what));
    } else {
        text = i18n::message("cli.args.other", fmt::arg("detail", what));
    }
    return text + "\n" + i18n::message("cli.args.help") + "\n";
}

void add_config_option(CLI::App& app, std::string& config) {
    app.add_option("--config", config, "Project file (default: reltheme.yaml found upwards)");
}

void add_stdin_filename_option(CLI::App& app, std::string& name) {
    app.add_option("--stdin-filename", name, "Name of standard input in messages");
}

void add_no_ignore_option(CLI::App& app, bool& no_ignore) {
    app.add_flag("--no-ignore", no_ignore,
                 "Walk folders without skipping what git ignores (.gitignore, "
                 ".git/info/exclude) and node_modules/");
}

void print_located(const std::vector<Diagnostic>& diagnostics, const SourceText* source) {
    if (diagnostics.empty()) return;
    HumanOptions options;
    options.color = use_color("auto", STDERR_FILENO);
    for (const auto& d : diagnostics) print_diagnostic(std::cerr, d, source, options);
}

std::optional<ProjectConfig> report_project(const ProjectFile& project) {
    if (!project.read_error.empty()) {
        print_error(project.read_error);
        return std::nullopt;
    }
    print_located(project.diagnostics, project.source ? &*project.source : nullptr);
    if (!project.config) {
        print_error(i18n::message(
            "cli.project-unusable",
            fmt::arg("file", project.source ? project.source->path() : std::string())));
    }
    return project.config;
}

void print_failures(const Findings& findings, const OutputOptions& output) {
    if (output.format == "human") return;
    for (const auto& f : run_failures(findings)) print_error(f.message);
}

std::filesystem::path report_root(const ProjectConfig& config) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    if (ec) return {};
    if (auto top = git_folder_above(cwd)) return *top;
    if (!config.root.empty()) return fs::absolute(config.root, ec).lexically_normal();
    return cwd;
}

ReportOptions report_options(const std::string& command, const OutputOptions& output,
                             const ProjectConfig& config) {
    ReportOptions options;
    options.command = command;
    options.human.color = use_color(output.color);
    options.human.quiet = output.quiet;
    std::error_code ec;
    options.working_dir = std::filesystem::current_path(ec);
    options.repository_root = report_root(config);
    options.rules = command_rules(command);
    // One token for the run: --format github and --output github=FILE agree.
    options.github_stop_token = github_stop_token();
    options.time = report_time();
    options.hostname = report_hostname();
    return options;
}

bool emit_reports(const Findings& findings, const OutputOptions& output,
                  const ReportOptions& options) {
    ReportOptions to_file = options;
    to_file.human.color = false;
    return emit(findings_outputs(), findings, output, options, to_file, options.command);
}

bool emit_statistics(const Findings& findings, const OutputOptions& output,
                     const ReportOptions& options) {
    ReportOptions to_file = options;
    to_file.human.color = false;
    std::vector<std::string> errors;
    if (const auto* print = statistics_outputs().find(output.format)) {
        (*print)(std::cout, findings, options);
        std::cout.flush();
    } else {
        errors.push_back(
            unknown_format_message(output.format, "--statistics", statistics_outputs().names()));
    }
    const auto& formats = findings_outputs().names();
    auto more = findings_outputs().write_files(output_files(output, formats, options.command),
                                               findings, to_file, options.command);
    errors.insert(errors.end(), more.begin(), more.end());
    for (const auto& e : errors) print_error(e);
    return errors.empty();
}

int default_jobs() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

void print_error(const std::string& message) {
    std::cerr << "reltheme: error: " << message << "\n";
}

}  // namespace reltheme::cli
