#pragma once
/// YAML text -> Theme, reporting the structural rules: `yaml-syntax`,
/// `duplicate-key`, `schema`, `unsupported-version`, `not-for-type` and
/// `duplicate-id` within a list.
#include <optional>
#include <string>
#include <vector>

#include "load/yaml_doc.h"
#include "model/parts.h"
#include "model/theme.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

struct LoadedTheme {
    std::optional<Theme> theme;
    /// False when a structural error left the model incomplete.
    bool complete = false;
    /// The parts a structural error fell in; the rules that read them do not
    /// run, rather than report the same mistake again in other words.
    ThemeParts incomplete;
};

/// Where a key of a theme is written.
enum class KeyPlace {
    Theme,
    Stage,
    Transition,
    Outcome,
    Document,
    Email,
    Field,
    DeadlineChange,
    Parameters,
    AfterClose
};

/// The keys the loader accepts at `place`, in the order it lists them; at the
/// top level those of a theme of `type` (`not-for-type` keys left out).
std::vector<std::string> allowed_keys(KeyPlace place, ThemeType type);

/// The values the loader accepts for `key` at `place` when they are a closed
/// set (an enumeration's names, `true` and `false`), in the order it lists
/// them; empty for any other key.
std::vector<std::string> allowed_values(KeyPlace place, std::string_view key);

/// The theme type a `type:` value names (`sales`, `audit`, `service`), as the
/// loader reads it; nullopt for any other text.
std::optional<ThemeType> theme_type_named(std::string_view name);

/// Builds the model from a parsed document.
LoadedTheme theme_from_yaml(const YNode* root, const std::string& file, DiagnosticSink& sink);

/// Encoding checks, parsing and model building for one file's text.
LoadedTheme load_theme(const SourceText& source, DiagnosticSink& sink,
                       const YamlLimits& limits = YamlLimits{});

}  // namespace reltheme
