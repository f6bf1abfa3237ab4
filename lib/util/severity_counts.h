#pragma once
/// The one place findings are counted by severity and a file's findings
/// join a run's: the run totals every command prints and its exit code come
/// from here.
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

/// Adds one file and its findings, in report order (diagnostic_less), to the
/// run's, counted.
void add_file_findings(Findings& findings, const SourceText& source,
                       std::vector<Diagnostic> diagnostics);

/// Adds a file that could not be read (`error` says why) to the run's.
void add_unreadable_file(Findings& findings, std::string path, std::string error);

/// Adds what a run could not read before reading any file (missing paths,
/// unreadable folders, nothing matched): the run has failed.
void add_run_failures(Findings& findings, const std::vector<RunFailure>& failures);

}  // namespace reltheme
