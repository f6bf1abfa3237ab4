#pragma once
/// Finding the theme files a run reads: files, folders walked recursively for
/// `*.yaml`/`*.yml` (hidden folders, `ignore` globs and what git ignores
/// skipped, load/git_ignore.h; links to folders not followed), `-` for
/// standard input, or the project file's `themes` globs (matched on the path
/// as walked). A theme file that is a link leading out of its repository is
/// refused with an error.
#include <filesystem>
#include <string>
#include <vector>

#include "load/project.h"

namespace reltheme {

struct InputPath {
    std::string display;  ///< as shown in messages (relative where possible)
    std::filesystem::path path;
    bool is_stdin = false;
};

struct Discovery {
    std::vector<InputPath> files;
    std::vector<std::string> errors;  ///< paths that do not exist or cannot be walked
};

/// Expands command-line paths (empty: the project's `themes` globs, else ".").
/// Files named explicitly are read whatever their name, unless
/// `force_exclude`: then they too must match the project's `themes` globs
/// (when it has some) and no `ignore` glob, as files found in folders do.
Discovery discover_inputs(const std::vector<std::string>& args, const ProjectConfig& config,
                          const std::string& stdin_name, bool force_exclude = false);

}  // namespace reltheme
