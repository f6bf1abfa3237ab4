#include "cmd_paths.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "common.h"
#include "i18n/messages.h"
#include "simulate/clock.h"
#include "simulate/paths.h"
#include "simulation_common.h"
#include "util/atomic_write.h"
#include "util/file.h"

namespace reltheme::cli {
namespace {
namespace fs = std::filesystem;

/// The regular file standard output is redirected to, if it is one (Linux
/// names it in /proc/self/fd).
std::optional<fs::path> stdout_file() {
    struct stat st {};
    if (::fstat(STDOUT_FILENO, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    std::error_code ec;
    const fs::path target = fs::read_symlink("/proc/self/fd/1", ec);
    if (ec || !target.is_absolute()) return std::nullopt;
    // The link names the file we write to; make sure it still is that file.
    struct stat named {};
    if (::stat(target.c_str(), &named) != 0 || named.st_ino != st.st_ino ||
        named.st_dev != st.st_dev)
        return std::nullopt;
    return target;
}

}  // namespace

int run_paths(const PathsOptions& opts) {
    const auto config = load_config(opts.config);
    if (!config) return k_exit_error;
    std::string why;
    const auto start = parse_moment(opts.start, &why);
    if (!start) {
        print_error(i18n::message("cli.bad-option", fmt::arg("option", "--start"),
                                  fmt::arg("value", i18n::quoted(opts.start)),
                                  fmt::arg("why", why)));
        return k_exit_error;
    }
    const std::string display = display_path(opts.theme);
    ThemeInput in = validated_themes(*config, YamlLimits::from_environment())(opts.theme, display);
    if (!in.theme) {
        print_findings(in.findings);
        if (in.findings.errors == 0 && !in.findings.read_failed)
            print_error(i18n::message("scenario.not-a-theme", fmt::arg("file", display)));
        print_error(i18n::message("cli.theme-unusable", fmt::arg("file", display)));
        return k_exit_error;
    }
    std::string error;
    // The theme path is written relative to the folder the scenario lands in:
    // -o FILE's, or the file standard output is redirected to (`> x.yaml`), or
    // else (a terminal, a pipe) the current folder.
    const auto theme_ref = [&](const fs::path& dir) {
        return fs::absolute(opts.theme)
            .lexically_normal()
            .lexically_relative(dir.lexically_normal())
            .generic_string();
    };
    if (opts.output.empty()) {
        const auto file = stdout_file();
        const std::string ref =
            file ? theme_ref(file->parent_path()) : fs::path(opts.theme).generic_string();
        const auto text = paths_scenario(*in.theme, ref, *start, error);
        if (!text) {
            print_error(error);
            return k_exit_error;
        }
        std::cout << *text;
        return k_exit_ok;
    }
    // The scenario file must not exist yet: paths never replaces a file.
    const auto text = paths_scenario(*in.theme, theme_ref(fs::absolute(opts.output).parent_path()),
                                     *start, error);
    bool exists = false;
    if (!text || !create_file_atomically(opts.output, *text, error, &exists)) {
        print_error(exists ? i18n::message("cli.paths-exists", fmt::arg("file", opts.output))
                           : error);
        return k_exit_error;
    }
    return k_exit_ok;
}

void setup_paths(CLI::App& parent) {
    const auto [app, opts] = add_command<PathsOptions>(
        parent, "paths",
        "Print routes that together cover every transition and "
        "outcome, as a scenario to start from",
        "Examples:\n"
        "  reltheme paths samples/themes/standard.yaml -o scenarios/standard-paths.yaml\n"
        "  reltheme paths samples/themes/standard.yaml > scenarios/standard-paths.yaml\n"
        "  reltheme paths themes/standard.yaml --start 2026-06-01T10:00\n"
        "The scenario's theme: path is relative to the file it is written to (-o FILE, or the\n"
        "file standard output is redirected to); on a terminal or a pipe, to the current "
        "folder.",
        run_paths);
    app->add_option("theme", opts->theme, "Theme file")->required();
    app->add_option("-o,--output", opts->output,
                    "Write the scenario to FILE (theme path relative to it)");
    app->add_option("--start", opts->start, "The scenario's start moment")
        ->default_str("2026-03-02T09:00");
    add_config_option(*app, opts->config);
}

}  // namespace reltheme::cli
