#pragma once
/// What a rule sees of one theme: the model, its source, the project
/// configuration and where the repository root is.
#include <filesystem>
#include <string>

#include "load/project.h"
#include "model/theme.h"
#include "util/source.h"

namespace reltheme {

struct ThemeContext {
    const Theme& theme;
    const SourceText& source;
    const ProjectConfig& config;
    /// The nearest folder up from the theme holding `reltheme.yaml` or `.git`,
    /// else the theme's folder; relative paths must stay inside it.
    std::filesystem::path repo_root;
    /// The theme file's folder (relative paths start here). Empty for stdin.
    std::filesystem::path theme_dir;
};

/// What cross-file checks keep of each theme.
struct ThemeSummary {
    std::string file;
    std::string id;
    Range id_range;
};

}  // namespace reltheme
