#pragma once
/// The compiler-style report: `file:line:col: severity[rule]: message`, the
/// source line and a caret underline; then what the run could not read
/// (`error[read-error]: ...`) and a summary line.
#include <ostream>

#include "util/findings.h"

namespace reltheme {

struct HumanOptions {
    bool color = false;
    bool quiet = false;  ///< only errors, no summary when clean
};

void print_human(std::ostream& out, const Findings& findings, const HumanOptions& options);

/// One finding with its code frame (also used by diff and simulate).
void print_diagnostic(std::ostream& out, const Diagnostic& d, const SourceText* source,
                      const HumanOptions& options);

/// "2 errors, 1 warning in 5 files"; a failed run adds its reasons:
/// "0 errors, 0 warnings in 0 files; the run failed: 1 missing-path".
std::string summary_line(const Findings& findings);

/// `error[missing-path]: themse/: no such file or folder`: what a failed run
/// could not read, as the human report lists it before the summary.
void print_failure(std::ostream& out, const RunFailure& failure, const HumanOptions& options);

/// `; the run failed: 1 missing-path, 2 read-error`: what every summary line
/// of a failed run ends with, the reasons counted in order; empty when
/// `failures` is.
std::string failure_summary(const std::vector<RunFailure>& failures);

}  // namespace reltheme
