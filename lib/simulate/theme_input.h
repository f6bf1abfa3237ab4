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
std::optional<std::string> read_text_file(const std::filesystem::path& p, std::size_t max_bytes,
                                          std::string& error);

}  // namespace reltheme

#include "simulate/chain.h"
#include "simulate/model.h"

namespace reltheme {

struct ModelInput {
    std::optional<Theme> theme;
    std::optional<Model> model;
    std::optional<Chain> chain;  ///< set when everything loads
    std::string theme_display, model_display;
    Findings findings;  ///< why not (located, for printing)
};

/// Loads a model file and its theme (`theme_path` when given, else the one
/// the model names, relative to the model file) and compiles the chain.
ModelInput load_model_input(const std::filesystem::path& model_path,
                            const std::optional<std::filesystem::path>& theme_path,
                            const ProjectConfig& config, const YamlLimits& limits);

}  // namespace reltheme
