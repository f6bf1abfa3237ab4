#pragma once
/// Severity policy, applied in one place after all checks ran: project-file
/// overrides (`rules:`), inline suppressions, and the style-rules switch.
#include <vector>

#include "load/project.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

/// A `# reltheme: ignore[rule-id, ...] reason` comment.
struct Suppression {
    int line = 0;
    Range range;
    std::vector<std::string> rules;
    std::vector<bool> used;
};

/// Every suppression comment in a file.
std::vector<Suppression> find_suppressions(const SourceText& source);

/// Drops suppressed findings (on the comment's line or the line below), then
/// reports unused suppressions and applies `rules:` from the project file.
void apply_policy(std::vector<Diagnostic>& diagnostics, const SourceText& source,
                  const ProjectConfig& config, bool lint);

}  // namespace reltheme
