#pragma once
/// The one place findings are counted by severity: the run totals every
/// command prints and its exit code come from here.
#include <vector>

#include "util/diagnostic.h"
#include "util/findings.h"

namespace reltheme {

struct SeverityCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;

    void add(Severity s);
};

/// The counts of `diagnostics`.
SeverityCounts count_severities(const std::vector<Diagnostic>& diagnostics);

/// Adds the counts of `diagnostics` (one file's) to the run's totals.
void count_into(Findings& findings, const std::vector<Diagnostic>& diagnostics);

}  // namespace reltheme
