#pragma once
/// Options and steps shared by the subcommands: output format and colour,
/// the project file, exit codes.
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "load/project.h"

namespace reltheme::cli {

/// Exit status of every command (cli.md).
enum Exit { k_exit_ok = 0, k_exit_findings = 1, k_exit_error = 2 };

struct OutputOptions {
    std::string format = "human";
    std::string color = "auto";
    bool quiet = false;
    std::vector<std::string> outputs;  ///< FORMAT=FILE
};

/// Adds --format, --color, -q and --output to a subcommand.
void add_output_options(CLI::App& app, OutputOptions& options, const std::vector<std::string>& formats);

/// Whether to colour what goes to stdout.
bool use_color(const std::string& mode);

/// The project file: `--config FILE`, else `reltheme.yaml` found upwards from
/// the working folder. Prints located diagnostics and returns nullopt when it
/// cannot be used (exit 2).
std::optional<ProjectConfig> load_config(const std::string& config_path);

/// Number of hardware threads (at least 1).
int default_jobs();

/// Prints `reltheme: error: ...` to stderr.
void print_error(const std::string& message);

}  // namespace reltheme::cli
