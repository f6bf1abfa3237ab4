#pragma once
/// The compiler-style report: `file:line:col: severity[rule]: message`, the
/// source line and a caret underline, then a summary line.
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

/// "2 errors, 1 warning in 5 files".
std::string summary_line(const Findings& findings);

}  // namespace reltheme
