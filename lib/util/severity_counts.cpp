#include "util/severity_counts.h"

namespace reltheme {

void SeverityCounts::add(Severity s) {
    switch (s) {
        case Severity::Error:
            ++errors;
            break;
        case Severity::Warning:
            ++warnings;
            break;
        case Severity::Info:
            ++infos;
            break;
    }
}

SeverityCounts count_severities(const std::vector<Diagnostic>& diagnostics) {
    SeverityCounts c;
    for (const auto& d : diagnostics) c.add(d.severity);
    return c;
}

void count_into(Findings& findings, const std::vector<Diagnostic>& diagnostics) {
    const SeverityCounts c = count_severities(diagnostics);
    findings.errors += c.errors;
    findings.warnings += c.warnings;
    findings.infos += c.infos;
}

}  // namespace reltheme
