#pragma once
/// Loading the theme a scenario or model names. The library loads themes with
/// the loader's structural checks; the command line passes a ThemeSource that
/// also runs the `validate` rules (check/ sits beside simulate/, not below it),
/// so a theme with errors is never simulated.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "load/file_kind.h"
#include "load/yaml_doc.h"
#include "model/theme.h"
#include "util/diagnostic.h"
#include "util/findings.h"

namespace reltheme {

struct ThemeInput {
    std::optional<Theme> theme;  ///< set when the theme loads without errors
    Findings findings;           ///< why not: the findings of the theme file
};

/// Loads one theme file for simulation. `display` names it in messages.
using ThemeSource =
    std::function<ThemeInput(const std::filesystem::path& path, const std::string& display)>;

/// Reads and loads one theme file with the loader's structural checks only.
ThemeInput load_theme_file(const std::filesystem::path& path, const std::string& display,
                           const YamlLimits& limits);
/// A ThemeSource calling load_theme_file.
ThemeSource structural_themes(const YamlLimits& limits);

/// The theme a scenario or model `file` names with `theme: WRITTEN` (at
/// `range`; `what` names it, "scenario"): joined to the file's folder and kept inside its
/// repository root by the rules every path of a theme follows (load/theme_files.h). A path that
/// leads out (absolute, `..` past the root, a link out, `.git/...`) is never read: nullopt, with a
/// `path-escape` finding in `sink`.
std::optional<std::filesystem::path> named_theme_path(const std::filesystem::path& file,
                                                      const std::string& written,
                                                      const Range& range, FileKind kind,
                                                      DiagnosticSink& sink);

/// A path as messages show it: relative to the working folder when inside it.
std::string display_path(const std::filesystem::path& p);

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
                            const ThemeSource& themes, const YamlLimits& limits);
/// The same for a model's text read elsewhere (an editor's buffer);
/// `model_path` places it and names it in messages.
ModelInput load_model_text(std::string text, const std::filesystem::path& model_path,
                           const std::optional<std::filesystem::path>& theme_path,
                           const ThemeSource& themes, const YamlLimits& limits);

}  // namespace reltheme
