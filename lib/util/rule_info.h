#pragma once
/// What reports say about a rule (SARIF lists every registered rule): a plain
/// description filled in from the rule registry by the caller, so printers
/// need not know the registry.
#include <string>

#include "util/diagnostic.h"

namespace reltheme {

struct RuleInfo {
    std::string id;
    std::string summary;  ///< the one-line summary of `reltheme rules`
    Severity default_severity = Severity::Error;
    std::string group;  ///< structure, validate, lint, diff or simulate
    /// What the severity column of `reltheme rules` says when it is not a
    /// severity: a simulation check is a "violation" or a "warning" of the run.
    std::string severity_text;
    /// Whether a project file's `rules:` and suppression comments may name it
    /// (rules and change kinds; not what a scenario run records).
    bool configurable = true;
    std::string page;  ///< the rule's documentation page (Markdown), if any
    /// Which fixes its findings carry (`lint --fix`, docs/fixes.md): "safe",
    /// "unsafe", "both" or "none".
    std::string fix = "none";
};

}  // namespace reltheme
