#pragma once
/// The options that adopt reltheme on a repository that starts with findings,
/// shared by `validate` and `lint` (docs/adoption.md): `--exit-zero`,
/// `--select`, `--ignore` and `--statistics`.
#include <CLI/CLI.hpp>

#include "check/policy.h"

namespace reltheme::cli {

struct AdoptionOptions {
    bool exit_zero = false;  ///< findings never fail the run (exit 2 still does)
    RuleSelection selection;
    bool statistics = false;  ///< counts by rule instead of the findings on standard output
};

/// Adds the options to a `validate` or `lint` subcommand; `--select` and
/// `--ignore` refuse a name that is no rule id or group, with a did-you-mean.
void add_adoption_options(CLI::App& app, AdoptionOptions& options);

/// The exit status of a run that would exit `status`: with `--exit-zero`, 1
/// (findings) becomes 0; 2 (the run failed) stays.
int adoption_exit(const AdoptionOptions& options, int status);

}  // namespace reltheme::cli
