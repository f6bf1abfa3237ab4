#pragma once
/// What a rule sees of one theme: the model, its source, the project
/// configuration and where its relative paths start and must stay.
#include <string>

#include "load/project.h"
#include "load/theme_files.h"
#include "model/theme.h"
#include "util/source.h"

namespace reltheme {

struct ThemeContext {
    const Theme& theme;
    const SourceText& source;
    const ProjectConfig& config;
    /// Where the theme's relative paths start and must stay: every path it
    /// names is read through `resolve_theme_path(place, ...)`
    /// (load/theme_files.h), as every other command reads it.
    ThemePlace place;
};

/// What cross-file checks keep of each theme.
struct ThemeSummary {
    std::string file;
    std::string id;
    Range id_range;
};

}  // namespace reltheme
