#include "util/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace reltheme {

const char* to_string(Severity s) {
    return by_severity(s, "error", "warning", "info");
}

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.range.begin, a.rule, a.message) <
           std::tie(b.file, b.range.begin, b.rule, b.message);
}

Diagnostic& DiagnosticSink::report(std::string rule, Severity severity, Range range,
                                   std::string message) {
    Diagnostic d;
    d.severity = severity;
    d.rule = std::move(rule);
    d.file = m_file;
    d.range = range;
    d.message = std::move(message);
    m_items.push_back(std::move(d));
    return m_items.back();
}

void DiagnosticSink::add_source(const SourceText& source) {
    for (const auto& s : m_sources) {
        if (s.path() == source.path()) return;
    }
    m_sources.push_back(source);
}

bool DiagnosticSink::has_errors() const {
    return std::any_of(m_items.begin(), m_items.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace reltheme
