#pragma once
/// What a rule sees of one theme: the model, its source, the project
/// configuration and where its relative paths start and must stay.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "load/project.h"
#include "load/theme_files.h"
#include "model/theme.h"
#include "util/source.h"

namespace reltheme {

/// The text a named file has where it is not the disk's (CheckOptions).
using NamedFileText = std::function<std::optional<std::string>(const std::filesystem::path&)>;

struct ThemeContext {
    const Theme& theme;
    const SourceText& source;
    const ProjectConfig& config;
    /// Where the theme's relative paths start and must stay: every path it
    /// names is read through `resolve_theme_path(place, ...)`
    /// (load/theme_files.h), as every other command reads it.
    ThemePlace place;
    /// The text of a file the theme names when it is not the file's on disk
    /// (an editor's unsaved buffer), by the resolved path; nullopt or no
    /// function: the disk's.
    NamedFileText named_text = nullptr;
};

/// What cross-file checks keep of each theme.
struct ThemeSummary {
    std::string file;
    std::string id;
    Range id_range;
};

}  // namespace reltheme
