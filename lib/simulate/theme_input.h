#pragma once
/// Loading the theme a scenario or model names: the theme must pass the
/// `validate` rules (errors make it unusable), then its model is built.
#include <filesystem>
#include <optional>
#include <string>

#include "load/project.h"
#include "load/yaml_doc.h"
#include "model/theme.h"
#include "util/findings.h"

namespace reltheme {

struct ThemeInput {
    std::optional<Theme> theme;  ///< set when the theme loads without errors
    Findings findings;           ///< the `validate` findings of the theme file
};

/// Reads, validates and loads one theme file. `display` names it in messages.
ThemeInput load_checked_theme(const std::filesystem::path& path, const std::string& display,
                              const ProjectConfig& config, const YamlLimits& limits);

/// A path as messages show it: relative to the working folder when inside it.
std::string display_path(const std::filesystem::path& p);

/// Reads a whole file; nullopt and `error` set when it cannot.
std::optional<std::string> read_text_file(const std::filesystem::path& p, std::size_t max_bytes, std::string& error);

}  // namespace reltheme
