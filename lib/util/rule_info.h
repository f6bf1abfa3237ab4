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
    std::string group;  ///< structure, validate, lint or diff
    std::string page;   ///< the rule's documentation page (Markdown), if any
};

}  // namespace reltheme
