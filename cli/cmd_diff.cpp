#include "cmd_diff.h"

#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "catalogue/catalogue.h"
#include "common.h"
#include "diff/engine.h"
#include "diff/sides.h"
#include "i18n/messages.h"
#include "i18n/plural.h"
#include "load/yaml_doc.h"
#include "report/diff_report.h"

namespace reltheme::cli {
namespace fs = std::filesystem;
namespace {

/// Why the diff fails under --fail-on, in one line ("2 changes at warning
/// severity or above (--fail-on warning)"); empty when it does not fail.
std::string failure_reason(const DiffResult& result, const std::string& fail_on) {
    std::vector<std::string> parts;
    if (fail_on == "warning") {
        if (result.breaking + result.warnings > 0) {
            parts.push_back(plural(result.breaking + result.warnings, "change") +
                            " at warning severity or above");
        }
        if (result.invalid_old > 0) {
            parts.push_back(plural(result.invalid_old, "theme") +
                            " compared against an old version that does not validate");
        }
    } else if (result.breaking > 0) {
        parts.push_back(plural(result.breaking, "breaking change"));
    }
    if (result.invalid_new > 0)
        parts.push_back(plural(result.invalid_new, "theme") +
                        " whose new version does not validate");
    if (parts.empty()) return {};
    std::string s;
    for (const auto& p : parts) s += (s.empty() ? "" : "; ") + p;
    return s + " (--fail-on " + fail_on + ")";
}

}  // namespace

int run_diff(const DiffCommandOptions& opts) {
    // 1. The project file.
    const auto config = load_config(opts.config, {}, opts.no_ignore);
    if (!config) return k_exit_error;
    const bool git = !opts.against.empty() || !opts.from.empty() || !opts.to.empty();
    if (!opts.against.empty() && (!opts.from.empty() || !opts.to.empty())) {
        print_error(i18n::message("cli.against-or-from-to"));
        return k_exit_error;
    }
    if (opts.from.empty() != opts.to.empty()) {
        print_error(i18n::message("cli.from-to-together"));
        return k_exit_error;
    }
    // 2. The two sides: files or folders, or git revisions.
    SideSource old_side;
    SideSource new_side;
    GitSides git_sides;  // the repository and trees the sides read
    bool pair_files = false;
    if (git) {
        git_sides = sides_from_git({opts.against, opts.from, opts.to}, opts.paths, *config,
                                   fs::current_path(), configurable_rule_ids());
        for (const auto& e : git_sides.errors) print_error(e);
        if (!git_sides.errors.empty()) return k_exit_error;
        old_side = std::move(git_sides.old_side);
        new_side = std::move(git_sides.new_side);
    } else {
        PathSides sides = sides_from_paths(opts.paths, *config, !opts.config.empty(),
                                           opts.stdin_filename, configurable_rule_ids());
        for (const auto& e : sides.errors) print_error(e);
        if (!sides.errors.empty()) return k_exit_error;
        for (const auto& p : sides.projects) {
            if (!report_project(p)) return k_exit_error;
        }
        old_side = std::move(sides.old_side);
        new_side = std::move(sides.new_side);
        pair_files = sides.pair_files;
    }
    bool failed = false;
    bool broken_project = false;
    std::vector<RunFailure> failures;
    for (const auto* side : {&old_side, &new_side}) {
        for (const auto& e : side->errors) print_error(e);
        for (const auto& p : side->broken_projects) report_project(p);
        failed = failed || !side->errors.empty();
        broken_project = broken_project || !side->broken_projects.empty();
        failures.insert(failures.end(), side->failures.begin(), side->failures.end());
    }
    // A side's themes are never compared under another project file's rules,
    // nor a revision whose objects could not all be read (its themes would
    // read as added or removed).
    if (broken_project || old_side.unreadable || new_side.unreadable) return k_exit_error;
    // 3. Validate, match and compare; a side a path of which names nothing is
    // not compared (its themes would read as removed), and the reports say
    // the run failed.
    DiffResult result;
    if (failures.empty()) {
        DiffOptions options;
        options.jobs = opts.jobs > 0 ? opts.jobs : default_jobs();
        options.limits = YamlLimits::from_environment();
        options.config = *config;
        options.pair_files = pair_files;
        options.is_rule_id = &is_rule_id;
        result = diff_sides(old_side.side, new_side.side, options);
    } else {
        result.old_label = old_side.side.label;
        result.new_label = new_side.side.label;
        result.failures = std::move(failures);
    }
    failed = failed || !result.failures.empty();
    // 4. Report, to standard output and to any --output files; the human
    // report lists the failures itself.
    if (opts.output.format != "human") {
        for (const auto& f : result.failures) print_error(f.message);
    }
    HumanOptions human;
    human.color = use_color(opts.output.color);
    human.quiet = opts.output.quiet;
    HumanOptions plain = human;
    plain.color = false;
    if (!emit(diff_outputs(), result, opts.output, human, plain, "diff")) failed = true;
    // 5. Exit status.
    if (failed) return k_exit_error;
    if (opts.fail_on == "never") return k_exit_ok;
    const std::string why = failure_reason(result, opts.fail_on);
    if (why.empty()) return k_exit_ok;
    // -q may print nothing at all (warnings are not shown): say why the run fails.
    if (opts.output.quiet) print_error(why);
    return k_exit_findings;
}

void setup_diff(CLI::App& parent) {
    const auto [app, opts] = add_command<DiffCommandOptions>(
        parent, "diff",
        "Compare themes and classify every change; fail on breaking changes (like buf breaking)",
        "Examples:\n"
        "  reltheme diff old/standard.yaml themes/standard.yaml\n"
        "  reltheme diff release-1.2/themes themes\n"
        "  reltheme diff --against main                  working tree against a branch\n"
        "  reltheme diff --against HEAD~1 themes/\n"
        "  reltheme diff --from v1.2 --to v1.3 --format markdown > comment.md\n"
        "Exit status: 0 nothing breaking, 1 breaking changes (see --fail-on), 2 error.",
        run_diff);
    app->add_option(
        "paths", opts->paths,
        "OLD NEW (two files or two folders; - is standard input), or with --against/--from the "
        "paths to compare (default: the project's themes, else the current folder)");
    app->add_option("--against", opts->against,
                    "Compare the working tree with this git revision (branch, tag, HEAD~1)");
    app->add_option("--from", opts->from, "Compare two git revisions: the old one");
    app->add_option("--to", opts->to, "Compare two git revisions: the new one");
    app->add_option("--fail-on", opts->fail_on,
                    "Exit 1 on: breaking (default) changes, warning changes and worse, or never")
        ->check(CLI::IsMember({"breaking", "warning", "never"}))
        ->default_str("breaking");
    add_output_options(*app, opts->output, diff_outputs().names());
    add_no_ignore_option(*app, opts->no_ignore);
    add_config_option(*app, opts->config);
    add_stdin_filename_option(*app, opts->stdin_filename);
    app->add_option("-j,--jobs", opts->jobs, "Files validated in parallel (default: all cores)")
        ->check(CLI::Range(1, 1024));
}

}  // namespace reltheme::cli
