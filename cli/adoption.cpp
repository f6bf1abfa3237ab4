#include "adoption.h"

#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "catalogue/catalogue.h"
#include "common.h"
#include "i18n/messages.h"
#include "i18n/plural.h"
#include "load/baseline.h"
#include "util/atomic_write.h"
#include "util/file.h"
#include "util/utf8.h"

namespace reltheme::cli {
namespace {

/// `--baseline-write` given no value.
constexpr std::string_view k_flag_alone = "true";

int finding_count(const Baseline& baseline) {
    int n = 0;
    for (const auto& [file, rules] : baseline.counts)
        for (const auto& [rule, count] : rules) n += count;
    return n;
}

void print_note(const std::string& message) {
    std::cerr << "reltheme: note: " << message << "\n";
}

}  // namespace

std::optional<BaselineRun> open_baseline(const AdoptionOptions& options,
                                         const ProjectConfig& config) {
    BaselineRun run;
    const bool write = !options.baseline_write.empty();
    if (options.no_baseline && (write || options.baseline_prune || !options.baseline.empty())) {
        print_error(i18n::message("cli.no-baseline-alone"));
        return std::nullopt;
    }
    if (write && options.baseline_prune) {
        print_error(i18n::message("cli.baseline-write-or-prune"));
        return std::nullopt;
    }
    if (options.no_baseline) return run;
    run.rewrite = !options.baseline_write.empty() || options.baseline_prune;
    run.prune = options.baseline_prune;
    const bool named = !options.baseline.empty();
    run.path = !options.baseline_write.empty() && options.baseline_write != k_flag_alone
                   ? std::filesystem::path(options.baseline_write)
               : named ? std::filesystem::path(options.baseline)
                       : default_baseline_path(config);
    // A run that rewrites the baseline reads it outside the ledger, which
    // would refuse the rewrite.
    const BaselineFile file = load_baseline_file(run.path, run.rewrite);
    // None yet: fine for a first --baseline-write and for the project's
    // own, not for --baseline FILE to apply nor for --baseline-prune.
    if (file.missing && (run.rewrite ? !run.prune : !named)) return run;
    if (!file.read_error.empty()) {
        print_error(file.read_error);
        return std::nullopt;
    }
    print_located(file.diagnostics, file.source ? &*file.source : nullptr);
    if (!file.baseline) {
        print_error(
            i18n::message(run.rewrite ? "cli.baseline-unusable.rewrite" : "cli.baseline-unusable",
                          fmt::arg("file", display_path(run.path.string()))));
        return std::nullopt;
    }
    run.old = *file.baseline;
    run.apply = true;
    return run;
}

int show_run(const AdoptionOptions& options, const std::string& command,
             const std::vector<std::string>& files, const std::vector<RunFailure>& failures,
             const ProjectConfig& config, const BaselineRun& baseline) {
    for (const auto& f : failures) print_error(f.message);
    if (!failures.empty()) return k_exit_error;
    if (options.show_files) {
        for (const auto& f : files) std::cout << f << "\n";
        return k_exit_ok;
    }
    if (files.empty()) return k_exit_ok;  // --allow-no-files, and nothing to show
    const std::string& file = files.front();
    using i18n::message;
    std::cout << message("config.file", fmt::arg("file", file)) << "\n";
    std::cout << message("config.project-file",
                         fmt::arg("file", config.file.empty() ? message("config.none")
                                                              : display_path(config.file.string())))
              << "\n";
    const std::string root = config.root.empty() ? "." : display_path(config.root.string());
    std::cout << message("config.root", fmt::arg("root", root)) << "\n";
    std::cout << message("config.path", fmt::arg("path", project_relative(file, config))) << "\n";
    std::string applied = message("config.baseline-off");
    if (!options.no_baseline)
        applied = display_path(baseline.path.string()) +
                  message(baseline.apply ? "config.baseline-applied" : "config.baseline-none");
    std::cout << message("config.baseline", fmt::arg("baseline", applied)) << "\n";
    const auto rules = command_rules(command);
    std::size_t width = utf8_length(message("config.col.rule"));
    for (const auto& r : rules) width = std::max(width, r.id.size());
    const std::size_t level_width =
        std::max<std::size_t>(7, utf8_length(message("config.col.level")));
    std::cout << message("config.rules-of", fmt::arg("command", command)) << "\n";
    std::cout << "  " << pad_right(message("config.col.rule"), width) << "  "
              << pad_right(message("config.col.level"), level_width) << "  "
              << message("config.col.source") << "\n";
    for (const auto& r : rules) {
        const EffectiveLevel level = effective_level(r.id, file, config, options.selection);
        const std::string shown =
            level.off ? "off" : to_string(level.severity.value_or(r.default_severity));
        std::cout << fmt::format("  {:<{}}  {}  {}\n", r.id, width, pad_right(shown, level_width),
                                 level.source);
    }
    return k_exit_ok;
}

bool finish_baseline(const BaselineRun& run, Findings& findings, const BaselineScope& scope) {
    const std::string name = display_path(run.path.string());
    if (!run.rewrite) {
        if (!run.apply) return true;
        const auto unused = apply_baseline(findings, run.old, scope);
        if (!unused.empty()) {
            print_note(
                i18n::message(unused.size() == 1 ? "baseline.unused.one" : "baseline.unused.many",
                              fmt::arg("entries", i18n::count(static_cast<long long>(unused.size()),
                                                              "noun.baseline-entry-of")),
                              fmt::arg("file", name)));
        }
        return true;
    }
    if (findings.read_failed) {
        print_error(i18n::message("cli.baseline-not-written", fmt::arg("file", name)));
        return true;  // the run exits 2 already
    }
    const Baseline next = next_baseline(run.old, findings, scope, run.prune);
    std::string error;
    if (!write_file_atomically(run.path, baseline_text(next), error)) {
        print_error(error);
        return false;
    }
    print_note(i18n::message(
        "baseline.records", fmt::arg("file", name),
        fmt::arg("findings",
                 i18n::count(static_cast<long long>(finding_count(next)), "noun.finding")),
        fmt::arg("files",
                 i18n::count(static_cast<long long>(next.counts.size()), "noun.file-in"))));
    apply_baseline(findings, next, scope);
    return true;
}

void add_adoption_options(CLI::App& app, AdoptionOptions& options) {
    const CLI::Validator known(
        [](std::string& value) -> std::string { return selection_error(value); }, "RULE");
    app.add_flag("--exit-zero", options.exit_zero,
                 "Exit 0 even when there are findings (2 still when the check could not be done)");
    app.add_option("--select", options.selection.select,
                   "Report only these rules: ids or the groups structure, validate, lint, "
                   "comma-separated (wins over reltheme.yaml)")
        ->delimiter(',')
        ->type_name("RULE,...")
        ->allow_extra_args(false)
        ->check(known);
    app.add_option("--ignore", options.selection.ignore,
                   "Never report these rules: ids or groups, comma-separated (wins over "
                   "reltheme.yaml)")
        ->delimiter(',')
        ->type_name("RULE,...")
        ->allow_extra_args(false)
        ->check(known);
    app.add_flag("--statistics", options.statistics,
                 "Print the number of findings of each rule instead of the findings (human or "
                 "json; --output files still get every finding)");
    app.add_option("--baseline", options.baseline,
                   "The baseline to apply (default: reltheme-baseline.json beside reltheme.yaml, "
                   "or its baseline key, when it exists)")
        ->type_name("FILE")
        ->allow_extra_args(false);
    // Which of them go together is checked by open_baseline: CLI11's
    // excludes() would print in the help's type column, where the
    // completions read whether an option takes a value.
    app.add_flag("--no-baseline", options.no_baseline,
                 "Report every finding, whatever the baseline accepts");
    app.add_flag("--baseline-write", options.baseline_write,
                 "Record the findings in the baseline (--baseline-write=FILE: that file), so "
                 "that only new ones are reported")
        ->type_name("[=FILE]");
    app.add_flag("--baseline-prune", options.baseline_prune,
                 "Lower the baseline's counts to the findings left, dropping entries with none");
    app.add_flag("--show-files", options.show_files,
                 "Print the files the run would check, one a line, and exit (nothing is checked)");
    app.add_flag("--show-config", options.show_config,
                 "Print the settings the first of those files would be checked with: project "
                 "file and root, baseline, each rule's level and what set it; then exit");
}

int adoption_exit(const AdoptionOptions& options, int status) {
    return options.exit_zero && status == k_exit_findings ? k_exit_ok : status;
}

}  // namespace reltheme::cli
