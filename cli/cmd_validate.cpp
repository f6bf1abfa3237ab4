#include "cmd_validate.h"

#include <iostream>
#include <limits>
#include <memory>

#include <fmt/format.h>

#include "catalogue/catalogue.h"
#include "check/cache.h"
#include "check/engine.h"
#include "common.h"
#include "i18n/lang.h"
#include "i18n/messages.h"
#include "load/discover.h"
#include "report/statistics.h"
#include "util/file.h"
#include "util/severity_counts.h"

namespace reltheme::cli {
namespace {

/// The result cache of `--cache`: `location`, or a file of the user's cache
/// folder, authenticated with that folder's key. None (the run goes on
/// without it, with a message) when the key cannot be had.
std::unique_ptr<ResultCache> open_cache(const std::string& location, bool lint,
                                        const ProjectConfig& config, const YamlLimits& limits) {
    const std::string mode = lint ? "lint" : "validate";
    const std::filesystem::path dir = user_cache_dir();
    std::string error;
    const auto key = cache_key(dir, error);
    if (!key) {
        print_error(i18n::message("cli.cache-not-used", fmt::arg("error", error)));
        return nullptr;
    }
    std::string project = "none";
    if (!config.file.empty()) {
        std::string read_error;
        const auto text = read_file(config.file, limits.max_bytes, read_error);
        project = std::filesystem::absolute(config.file).string() + " " +
                  (text ? content_hash(*text) : "unreadable: " + read_error);
    }
    const std::string salt =
        fmt::format("{} {} {} {} {} {} {}", RELTHEME_VERSION, mode, project, limits.max_bytes,
                    limits.max_nodes, limits.max_alias_expansion, lang_code(i18n::current_lang()));
    const std::filesystem::path file =
        location.empty() ? default_cache_file(dir, mode) : std::filesystem::path(location);
    return std::make_unique<ResultCache>(file, *key, salt);
}

}  // namespace

int run_check(const CheckCommandOptions& opts, bool lint) {
    if (opts.adoption.statistics && !statistics_outputs().find(opts.output.format)) {
        print_error(unknown_format_message(opts.output.format, "--statistics",
                                           statistics_outputs().names()));
        return k_exit_error;
    }
    // 1. The project file, found from the first file named (pre-commit runs
    // at the repository's root and names files below crm/reltheme.yaml).
    const auto config = load_config(
        opts.config,
        project_search_start(opts.paths, opts.stdin_filename, std::filesystem::current_path()),
        opts.no_ignore);
    if (!config) return k_exit_error;
    // The baseline, damaged or not, is known before any theme is read.
    const auto baseline = open_baseline(opts.adoption, *config);
    if (!baseline) return k_exit_error;
    // 2. Find the files.
    const Discovery discovery =
        discover_inputs(opts.paths, *config, opts.stdin_filename, opts.force_exclude);
    if (opts.adoption.show_files || opts.adoption.show_config) {
        std::vector<std::string> names;
        for (const auto& f : discovery.files) names.push_back(f.display);
        std::vector<RunFailure> failures = discovery.errors;
        if (!opts.allow_no_files) {
            if (auto none = nothing_found(discovery, opts.paths, *config))
                failures.push_back(*none);
        }
        return show_run(opts.adoption, lint ? "lint" : "validate", names, failures, *config,
                        *baseline);
    }
    // 3. Load and check them.
    CheckOptions options;
    options.lint = lint;
    options.jobs = opts.jobs > 0 ? opts.jobs : default_jobs();
    options.limits = YamlLimits::from_environment();
    options.config = *config;
    options.selection = opts.adoption.selection;
    options.is_rule_id = &is_rule_id;
    std::unique_ptr<ResultCache> cache;
    if (opts.cache) cache = open_cache(opts.cache_location, lint, *config, options.limits);
    options.cache = cache.get();
    Findings findings =
        check_inputs(discovery.files, options, disk_reader(options.limits.max_bytes));
    // 3b. --fix writes the fixes and checks again; --diff shows them and ends.
    if (opts.fixes.any() && !findings.read_failed && discovery.errors.empty()) {
        if (const auto status = run_fixes(opts.fixes, findings, discovery.files, options))
            return *status;
    }
    add_run_failures(findings, discovery.errors);
    if (!opts.allow_no_files) {
        if (auto none = nothing_found(discovery, opts.paths, *config))
            add_run_failures(findings, {*none});
    }
    if (cache) {
        std::string error;
        if (!cache->save(error))
            print_error(i18n::message("cli.cache-not-saved", fmt::arg("error", error)));
    }
    const bool baseline_written = finish_baseline(
        *baseline, findings, BaselineScope{&*config, opts.adoption.selection, lint});
    print_failures(findings, opts.output);
    // 4. Report: --format on stdout, --output files.
    auto report = report_options(lint ? "lint" : "validate", opts.output, *config);
    report.sarif_category = opts.sarif_category;
    const bool written = opts.adoption.statistics ? emit_statistics(findings, opts.output, report)
                                                  : emit_reports(findings, opts.output, report);
    // 5. Exit status.
    if (findings.read_failed || !written || !baseline_written) return k_exit_error;
    const bool failed = findings.errors > 0 || (opts.strict && findings.warnings > 0) ||
                        (opts.max_warnings >= 0 && findings.warnings > opts.max_warnings);
    return adoption_exit(opts.adoption, failed ? k_exit_findings : k_exit_ok);
}

void add_check_command(CLI::App& parent, bool lint, int (*run)(const CheckCommandOptions&)) {
    const char* name = lint ? "lint" : "validate";
    const auto command = add_command<CheckCommandOptions>(
        parent, name,
        lint ? "Check theme files with every rule, style included"
             : "Check theme files: structure, references, stage graph, deadlines, parameters",
        fmt::format(
            "Examples:\n  reltheme {0} themes/\n  reltheme {0} --format github --output "
            "sarif=reltheme.sarif\n"
            "  cat theme.yaml | reltheme {0} - --stdin-filename themes/theme.yaml\n"
            "Exit status: 0 no errors, 1 errors (or warnings with --strict / --max-warnings), 2 "
            "the "
            "check\n"
            "could not be done (bad arguments, unreadable file or folder, report not written).",
            name),
        run);
    CLI::App* app = command.app;
    CheckCommandOptions& opts = *command.opts;
    app->add_option("paths", opts.paths, "Theme files or folders; - reads standard input");
    add_output_options(*app, opts.output, findings_outputs().names());
    app->add_option("--config", opts.config,
                    "Project file (default: reltheme.yaml found upwards from the first path)");
    add_stdin_filename_option(*app, opts.stdin_filename);
    app->add_option("-j,--jobs", opts.jobs, "Files checked in parallel (default: all cores)")
        ->check(CLI::Range(1, 1024));
    app->add_flag(
        "--force-exclude", opts.force_exclude,
        "Apply reltheme.yaml's themes and ignore globs to files named on the command line too "
        "(as pre-commit names them)");
    app->add_flag("--allow-no-files", opts.allow_no_files,
                  "Pass (exit 0) when the paths or the themes globs match no theme file");
    add_no_ignore_option(*app, opts.no_ignore);
    app->add_flag("--strict", opts.strict, "Fail (exit 1) on warnings too");
    app->add_option("--max-warnings", opts.max_warnings,
                    "Fail when there are more warnings than this")
        ->check(CLI::Range(0, std::numeric_limits<int>::max()));
    app->add_option("--sarif-category", opts.sarif_category,
                    "SARIF's automationDetails.id, the category code scanning keeps alerts apart "
                    "by (default: reltheme/validate/ or reltheme/lint/)")
        ->type_name("NAME")
        ->allow_extra_args(false)
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
                for (const char c : value) {
                    if (static_cast<unsigned char>(c) < 0x20)
                        return "a category may not hold control characters";
                }
                return {};
            },
            ""));
    add_adoption_options(*app, opts.adoption);
    add_fix_options(*app, opts.fixes);
    app->add_flag("--cache", opts.cache,
                  "Reuse findings of files unchanged since the last --cache run (opt-in)");
    app->add_option(
        "--cache-location", opts.cache_location,
        "Cache file (default: a file in $RELTHEME_CACHE_DIR, $XDG_CACHE_HOME/reltheme or "
        "~/.cache/reltheme)");
}

int run_validate(const ValidateOptions& opts) {
    return run_check(opts, false);
}

void setup_validate(CLI::App& parent) {
    add_check_command(parent, false, run_validate);
}

}  // namespace reltheme::cli
