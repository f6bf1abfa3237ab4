#pragma once
/// Severity policy, applied in one place after all checks ran: project-file
/// overrides (`rules:`), inline suppressions, and the style-rules switch.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/project.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

/// How a suppression comment starts, after the `#`; the rule list follows in
/// brackets.
inline constexpr std::string_view k_suppression_marker = "reltheme: ignore";

/// Whether an id names a rule of any module. check/ knows only its own rules;
/// the catalogue (catalogue/catalogue.h) knows every module's, and commands
/// pass its `is_rule_id`. Null means check's rules only.
using RuleIdTest = bool (*)(std::string_view id);

/// A `# reltheme: ignore[rule-id, ...] reason` comment.
struct Suppression {
    int line = 0;
    Range range;
    std::vector<std::string> rules;
    std::vector<bool> used;
    /// Set when the comment names no rules (`# reltheme: ignore` alone, an
    /// unclosed `[`, an empty list): it silences nothing, and says why.
    std::string problem;
};

/// Every suppression comment in a file.
std::vector<Suppression> find_suppressions(const SourceText& source);

/// Whether the text may hold a suppression comment (a cheap test that keeps
/// files without one from being scanned line by line).
bool may_hold_suppressions(std::string_view text);

/// Rules chosen on the command line: `--select` and `--ignore` name rule ids
/// or the groups structure, validate and lint. They win over the project
/// file, as ruff's do: a selected rule is reported even where `rules:` or
/// `overrides` turn it off (at the severity they give it, if any), and only
/// selected rules are. A rule id weighs more than a group; between two of
/// the same weight, `--ignore` wins.
struct RuleSelection {
    std::vector<std::string> select;  ///< empty: every rule
    std::vector<std::string> ignore;
};

/// The groups `--select` and `--ignore` may name.
inline constexpr std::string_view k_selectable_groups[] = {"structure", "validate", "lint"};

/// The names `--select` and `--ignore` accept: the groups, then check's rule
/// ids in registry order.
std::vector<std::string> selectable_names();

/// Why `name` cannot be selected ("... is not a rule id or group; did you
/// mean ...?"), or empty when it can.
std::string selection_error(std::string_view name);

/// A rule's level for one file: the rule's own severity, then the project
/// file's `rules:`, then each `overrides` entry whose `files` match, then the
/// command line.
struct EffectiveLevel {
    bool off = false;
    std::optional<Severity> severity;  ///< nullopt: the rule's own severity
    /// What decided it: "default", "rules", "overrides[N]" (from 0),
    /// "--select" or "--ignore".
    std::string source = "default";
};

/// The level of `rule` in the theme file `file` (as it is named in findings;
/// globs are matched against its path from the project root).
EffectiveLevel effective_level(std::string_view rule, std::string_view file,
                               const ProjectConfig& config, const RuleSelection& selection);

/// Whether `d` can survive apply_policy: false for a style finding outside
/// `lint` and for a rule the project file or the command line turns off.
/// (Inline suppressions are not looked at.)
bool may_report(const Diagnostic& d, std::string_view file, const ProjectConfig& config,
                const RuleSelection& selection, bool lint);

/// Removes the findings of style rules when not linting (the first step of
/// apply_policy, which may run before it).
void drop_style_findings(std::vector<Diagnostic>& diagnostics, bool lint);

/// Drops suppressed findings (on the comment's line or the line below), then
/// reports unused suppressions (one naming no rule that `is_rule_id` knows is
/// "not a rule id") and applies each finding's effective_level.
void apply_policy(std::vector<Diagnostic>& diagnostics, const SourceText& source,
                  const ProjectConfig& config, const RuleSelection& selection, bool lint,
                  RuleIdTest is_rule_id);

}  // namespace reltheme
