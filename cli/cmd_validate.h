#pragma once
/// `reltheme validate`: structure, references, stage graph, deadlines,
/// parameters. `lint` (cmd_lint.h) is the same command with the style rules.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "adoption.h"
#include "common.h"
#include "fix.h"

namespace reltheme::cli {

/// The options of `validate` and `lint`.
struct CheckCommandOptions {
    std::vector<std::string> paths;
    OutputOptions output;
    std::string config;
    std::string stdin_filename;
    int jobs = 0;
    bool strict = false;
    bool force_exclude = false;
    bool allow_no_files = false;  ///< nothing matched is no failure
    bool no_ignore = false;
    int max_warnings = -1;
    bool cache = false;
    std::string cache_location;  ///< empty: a file of the user's cache folder
    std::string sarif_category;  ///< --sarif-category: SARIF's automationDetails.id
    AdoptionOptions adoption;
    FixOptions fixes;  ///< --fix, --diff, --unsafe-fixes
};
using ValidateOptions = CheckCommandOptions;

/// Adds `validate` or `lint` (with its help and options) to `parent`, run by
/// `run`.
void add_check_command(CLI::App& parent, bool lint, int (*run)(const CheckCommandOptions&));

/// The run of `validate` (lint = false) or `lint`: the exit status.
int run_check(const CheckCommandOptions& opts, bool lint);

void setup_validate(CLI::App& app);
int run_validate(const ValidateOptions& opts);

}  // namespace reltheme::cli
