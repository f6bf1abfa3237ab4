#pragma once
/// Options and steps shared by the subcommands: output format and colour,
/// the project file, exit codes.
#include <iostream>
#include <memory>
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

/// A subcommand and its options, which live as long as the command line.
template <class Options>
struct Command {
    CLI::App* app;
    std::shared_ptr<Options> opts;
};

/// `--lang en|ru`: the language of the command's messages.
void add_lang_option(CLI::App& app, std::string& lang);

/// Sets the language of the run (docs/i18n.md) from `--lang` (empty when
/// not given), RELTHEME_LANG and the locale variables; the project file's
/// `lang:` is offered when it is loaded (load_config). Returns 0, or exit 2
/// having said why when RELTHEME_LANG names no language.
int choose_lang(const std::string& option);

/// The language a command line asks for with `--lang ru` or `--lang=ru`,
/// offered before parsing, so that an error in the arguments is said in it.
void offer_lang_of_arguments(int argc, char** argv);

/// CLI11's message for an error in the arguments, in the run's language: in
/// English CLI11's own ("The following argument was not expected: --x" and
/// "Run with --help for more information."); in another, the catalogue's
/// lead for the error's kind with CLI11's detail, which names the options.
std::string argument_error_text(const CLI::App* app, const CLI::Error& e);

/// Adds the subcommand `name` with its one-line help and the footer of its
/// help (examples); once the command line is parsed, `run` is handed the
/// options and its result is the exit status.
template <class Options>
Command<Options> add_command(CLI::App& parent, const std::string& name,
                             const std::string& description, const std::string& footer,
                             int (*run)(const Options&)) {
    auto opts = std::make_shared<Options>();
    CLI::App* app = parent.add_subcommand(name, description);
    app->footer(footer);
    // `--lang` on every command; a command that reads it itself (render's
    // labels) has a `lang` member it goes to.
    auto lang = std::make_shared<std::string>();
    std::string* target = lang.get();
    if constexpr (requires { opts->lang = std::string(); }) target = &opts->lang;
    add_lang_option(*app, *target);
    app->final_callback([opts, run, lang, target] {
        if (const int bad = choose_lang(*target)) throw CLI::RuntimeError(bad);
        throw CLI::RuntimeError(run(*opts));
    });
    return {app, opts};
}

/// `--config FILE`: the project file, instead of reltheme.yaml found upwards.
void add_config_option(CLI::App& app, std::string& config);

/// `--stdin-filename NAME`: the name of standard input in messages.
void add_stdin_filename_option(CLI::App& app, std::string& name);

/// Prints `reltheme: error: ...` to stderr.
void print_error(const std::string& message);

struct OutputOptions {
    std::string format = "human";
    std::string color = "auto";
    bool quiet = false;
    std::vector<std::string> outputs;  ///< FORMAT=FILE
};

/// Adds --format, --color, -q and --output to a subcommand; `formats` are
/// the names of its output registry (report/output.h): the help lists them
/// and both options refuse any other.
void add_output_options(CLI::App& app, OutputOptions& options,
                        const std::vector<std::string>& formats);

/// The --output files of a command printing `formats`, as
/// add_output_options checked them.
std::vector<OutputFile> output_files(const OutputOptions& output,
                                     const std::vector<std::string>& formats,
                                     const std::string& command);

/// Prints `result` in --format to standard output and writes each --output
/// FORMAT=FILE (never in colour). Returns false, having printed why, when a
/// file could not be written (exit 2).
template <class Result, class Options>
bool emit(const OutputRegistry<Result, Options>& registry, const Result& result,
          const OutputOptions& output, const Options& terminal, const Options& file,
          const std::string& command) {
    const auto errors =
        registry.emit(std::cout, output.format, output_files(output, registry.names(), command),
                      result, terminal, file, command);
    for (const auto& e : errors) print_error(e);
    return errors.empty();
}

/// Prints what the run could not read to standard error, one
/// `reltheme: error: ...` each, unless the report on standard output is the
/// human one, which lists them itself.
void print_failures(const Findings& findings, const OutputOptions& output);

/// Where SARIF and GitHub reports make paths relative to: the nearest folder
/// up from the working folder holding `.git`, else the project file's folder,
/// else the working folder.
std::filesystem::path report_root(const ProjectConfig& config);

/// ReportOptions for a command's findings: command name, colour, quiet, paths.
ReportOptions report_options(const std::string& command, const OutputOptions& output,
                             const ProjectConfig& config);

/// emit() of findings: the report options of `options`, without colour
/// for the files.
bool emit_reports(const Findings& findings, const OutputOptions& output,
                  const ReportOptions& options);

/// emit_reports() with `--statistics`: the counts by rule
/// (report/statistics.h) in --format on standard output, the full reports
/// in every --output file.
bool emit_statistics(const Findings& findings, const OutputOptions& output,
                     const ReportOptions& options);

/// Whether to colour what goes to file descriptor `fd` (standard output by
/// default) under `--color MODE`: with auto, NO_COLOR (not empty) turns it
/// off, FORCE_COLOR (not empty, not 0) on, TERM=dumb off, else a terminal
/// decides (docs/output-formats.md).
bool use_color(const std::string& mode, int fd = 1);

/// The project file: `--config FILE`, else `reltheme.yaml` found upwards from
/// `start` (default: the working folder). Prints located diagnostics and
/// returns nullopt when it cannot be used (exit 2). `no_ignore` (--no-ignore)
/// turns off what folder walks skip for git (ProjectConfig::gitignore).
std::optional<ProjectConfig> load_config(const std::string& config_path,
                                         const std::filesystem::path& start = {},
                                         bool no_ignore = false);

/// Adds --no-ignore to a command that walks folders.
void add_no_ignore_option(CLI::App& app, bool& no_ignore);

/// Prints the located findings of a file reltheme reads besides themes (the
/// project file, the baseline) to standard error, with code frames from
/// `source` when given.
void print_located(const std::vector<Diagnostic>& diagnostics, const SourceText* source);

/// Prints a loaded project file's findings (with code frames) to standard
/// error and, when it cannot be used, why; returns its config.
std::optional<ProjectConfig> report_project(const ProjectFile& project);

/// Number of hardware threads (at least 1).
int default_jobs();

}  // namespace reltheme::cli
