#pragma once
/// The options that adopt reltheme on a repository that starts with findings,
/// shared by `validate` and `lint` (docs/adoption.md): `--exit-zero`,
/// `--select`, `--ignore`, `--statistics` and the baseline.
#include <filesystem>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "check/baseline.h"
#include "check/policy.h"
#include "load/project.h"
#include "util/findings.h"

namespace reltheme::cli {

struct AdoptionOptions {
    bool exit_zero = false;  ///< findings never fail the run (exit 2 still does)
    RuleSelection selection;
    bool statistics = false;  ///< counts by rule instead of the findings on standard output
    std::string baseline;     ///< --baseline FILE; empty: the project's (load/baseline.h)
    bool no_baseline = false;
    /// --baseline-write[=FILE]: "true" for the flag alone (CLI11's value of
    /// a flag given no value), which writes the baseline of --baseline or
    /// the project's.
    std::string baseline_write;
    bool baseline_prune = false;
    bool show_files = false;   ///< print the files the run would check, then exit 0
    bool show_config = false;  ///< print the settings of the first of them, then exit 0
};

/// The baseline of a run, read before any theme: what to apply, or what the
/// run rewrites.
struct BaselineRun {
    std::filesystem::path path;
    bool rewrite = false;  ///< --baseline-write or --baseline-prune
    bool prune = false;
    Baseline old;        ///< the baseline read (empty when there is none)
    bool apply = false;  ///< a baseline was found and is applied
};

/// Reads the run's baseline as the options ask. Nullopt, having printed why
/// (a damaged file with its line and column; `--baseline FILE` or
/// `--baseline-prune` without the file), when the run must stop (exit 2).
std::optional<BaselineRun> open_baseline(const AdoptionOptions& options,
                                         const ProjectConfig& config);

/// `--show-files`: the files the run would check, one a line, as findings
/// name them. `--show-config`: the settings the run would check the first of
/// them with (project file and root, baseline, each rule's level and what
/// set it), as ruff's --show-settings. Nothing is read but the project file
/// and the baseline. Returns the exit status: 0, or 2 (having printed why)
/// when the paths cannot be expanded (`failures`, as a run would report them).
int show_run(const AdoptionOptions& options, const std::string& command,
             const std::vector<std::string>& files, const std::vector<RunFailure>& failures,
             const ProjectConfig& config, const BaselineRun& baseline);

/// Applies the baseline to the checked findings, or writes the next one
/// (--baseline-write, --baseline-prune; never after a failed run) and applies
/// that. Notes go to standard error. False, having printed why, when the
/// baseline could not be written (exit 2).
bool finish_baseline(const BaselineRun& run, Findings& findings, const BaselineScope& scope);

/// Adds the options to a `validate` or `lint` subcommand; `--select` and
/// `--ignore` refuse a name that is no rule id or group, with a did-you-mean.
void add_adoption_options(CLI::App& app, AdoptionOptions& options);

/// The exit status of a run that would exit `status`: with `--exit-zero`, 1
/// (findings) becomes 0; 2 (the run failed) stays.
int adoption_exit(const AdoptionOptions& options, int status);

}  // namespace reltheme::cli
