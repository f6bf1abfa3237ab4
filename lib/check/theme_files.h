#pragma once
/// The checks' view of the files a theme names: `missing-file`,
/// `path-escape`, `unknown-placeholder` and `template-syntax` resolve paths
/// through `load/theme_files.h` from the theme's context, so they agree with
/// every other command on what a path means (see docs/references.md).
#include <filesystem>
#include <string>

#include "check/context.h"
#include "load/theme_files.h"

namespace reltheme {

/// Where the theme of `ctx` resolves its paths.
ThemePlace place_of(const ThemeContext& ctx);

/// The folder relative paths of a theme start from: the theme file's folder,
/// or for standard input the folder of `--stdin-filename` (else the working
/// directory).
std::filesystem::path base_folder(const ThemeContext& ctx);

ResolvedPath resolve_theme_path(const ThemeContext& ctx, const std::string& written);

}  // namespace reltheme
