#pragma once
/// Finding the theme files a run reads: files, folders walked recursively for
/// `*.yaml`/`*.yml` (hidden folders, `ignore` globs and what git ignores
/// skipped, load/git_ignore.h; links to folders not followed), `-` for
/// standard input, or the project file's `themes` globs (matched on the path
/// as walked). A theme file that is a link leading out of its repository is
/// refused with an error.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "load/project.h"
#include "util/findings.h"

namespace reltheme {

struct InputPath {
    std::string display;  ///< as shown in messages (relative where possible)
    std::filesystem::path path;
    bool is_stdin = false;
};

struct Discovery {
    std::vector<InputPath> files;
    /// Paths that do not exist (missing-path) or folders that cannot be
    /// listed (unreadable-folder).
    std::vector<RunFailure> errors;
    /// Files named on the command line that `force_exclude` left out.
    int excluded = 0;
};

/// Expands command-line paths (empty: the project's `themes` globs, else ".").
/// Files named explicitly are read whatever their name, unless
/// `force_exclude`: then they too must match the project's `themes` globs
/// (when it has some) and no `ignore` glob, as files found in folders do.
Discovery discover_inputs(const std::vector<std::string>& args, const ProjectConfig& config,
                          const std::string& stdin_name, bool force_exclude = false);

/// The `no-files` failure of a run whose `args` (as given to
/// discover_inputs) found no theme file, no error, and left out no file by
/// `--force-exclude` (pre-commit naming only other YAML is no failure);
/// nullopt when something was found.
std::optional<RunFailure> nothing_found(const Discovery& discovery,
                                        const std::vector<std::string>& args,
                                        const ProjectConfig& config);

}  // namespace reltheme
