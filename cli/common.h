#pragma once
/// Options and steps shared by the subcommands: output format and colour,
/// the project file, exit codes.
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "load/project.h"
#include "report/report.h"
#include "util/findings.h"

namespace reltheme::cli {

/// Exit status of every command (cli.md).
enum Exit { k_exit_ok = 0, k_exit_findings = 1, k_exit_error = 2 };

struct OutputOptions {
    std::string format = "human";
    std::string color = "auto";
    bool quiet = false;
    std::vector<std::string> outputs;  ///< FORMAT=FILE
};

/// Adds --format, --color, -q and --output to a subcommand; `formats` are
/// the report formats it accepts (both options are checked against them).
void add_output_options(CLI::App& app, OutputOptions& options,
                        const std::vector<std::string>& formats);

/// Where SARIF and GitHub reports make paths relative to: the nearest folder
/// up from the working folder holding `.git`, else the project file's folder,
/// else the working folder.
std::filesystem::path report_root(const ProjectConfig& config);

/// ReportOptions for a command's findings: command name, colour, quiet, paths.
ReportOptions report_options(const std::string& command, const OutputOptions& output,
                             const ProjectConfig& config);

/// Prints the `--format` report to stdout, then writes each `--output
/// FORMAT=FILE` report atomically (never in colour). Returns false, having
/// printed why, when a file could not be written (exit 2).
bool emit_reports(const Findings& findings, const OutputOptions& output,
                  const ReportOptions& options);

/// Whether to colour what goes to stdout.
bool use_color(const std::string& mode);

/// The project file: `--config FILE`, else `reltheme.yaml` found upwards from
/// the working folder. Prints located diagnostics and returns nullopt when it
/// cannot be used (exit 2).
std::optional<ProjectConfig> load_config(const std::string& config_path);

/// Prints a loaded project file's findings (with code frames) to standard
/// error and, when it cannot be used, why; returns its config.
std::optional<ProjectConfig> report_project(const ProjectFile& project);

/// Number of hardware threads (at least 1).
int default_jobs();

/// Prints `reltheme: error: ...` to stderr.
void print_error(const std::string& message);

}  // namespace reltheme::cli
