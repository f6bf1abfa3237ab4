#pragma once
/// Reading the files a theme names (`instruction_file`, document templates,
/// email bodies): relative to the theme file's folder, and never outside the
/// theme's repository root.
#include <filesystem>
#include <optional>
#include <string>

namespace reltheme::render {

/// Where a theme's relative path points. `theme_file` empty means standard
/// input: paths are then relative to the working folder.
struct ThemeFileRef {
    std::filesystem::path theme_file;
    std::string relative;
};

/// The resolved path, or nullopt with `error` set when the path leaves the
/// repository root (the nearest folder with `reltheme.yaml` or `.git`).
std::optional<std::filesystem::path> resolve_theme_file(const ThemeFileRef& ref,
                                                        std::string& error);

/// The file's text (at most `max_bytes`), or nullopt with `error` set.
std::optional<std::string> read_theme_file(const ThemeFileRef& ref, std::size_t max_bytes,
                                           std::string& error,
                                           std::filesystem::path* resolved = nullptr);

}  // namespace reltheme::render
