#include "util/severity_counts.h"

#include <algorithm>

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

void add_file_findings(Findings& findings, const SourceText& source,
                       std::vector<Diagnostic> diagnostics) {
    FileFindings file;
    file.path = source.path();
    file.source = source;
    std::stable_sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
    count_into(findings, diagnostics);
    file.diagnostics = std::move(diagnostics);
    findings.files.push_back(std::move(file));
}

void add_unreadable_file(Findings& findings, std::string path, std::string error) {
    FileFindings file;
    file.path = std::move(path);
    file.read_error = std::move(error);
    findings.files.push_back(std::move(file));
    findings.read_failed = true;
}

void add_run_failures(Findings& findings, const std::vector<RunFailure>& failures) {
    findings.failures.insert(findings.failures.end(), failures.begin(), failures.end());
    if (!failures.empty()) findings.read_failed = true;
}

}  // namespace reltheme
