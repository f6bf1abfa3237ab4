#pragma once
/// Severity policy, applied in one place after all checks ran: project-file
/// overrides (`rules:`), inline suppressions, and the style-rules switch.
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

/// Whether `d` can survive apply_policy: false for a style finding outside
/// `lint` and for a rule the project file turns off. (Inline suppressions are
/// not looked at.)
bool may_report(const Diagnostic& d, const ProjectConfig& config, bool lint);

/// Removes the findings of style rules when not linting (the first step of
/// apply_policy, which may run before it).
void drop_style_findings(std::vector<Diagnostic>& diagnostics, bool lint);

/// Drops suppressed findings (on the comment's line or the line below), then
/// reports unused suppressions (one naming no rule that `is_rule_id` knows is
/// "not a rule id") and applies `rules:` from the project file.
void apply_policy(std::vector<Diagnostic>& diagnostics, const SourceText& source,
                  const ProjectConfig& config, bool lint, RuleIdTest is_rule_id);

}  // namespace reltheme
