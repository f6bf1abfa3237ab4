#pragma once
/// The one type every finding travels in (as clang's and actionlint's), and the
/// sink checks append to. It knows nothing about themes: loaders, checks and
/// diff all report through it; policy and printing happen elsewhere.
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "util/source.h"

namespace reltheme {

enum class Severity { Info, Warning, Error };

/// The one of three values that stands for `s`: each format's word for a
/// severity (`by_severity(s, "major", "minor", "info")`), a colour, a count.
template <class T>
constexpr T by_severity(Severity s, T error, T warning, T info) {
    return s == Severity::Error ? error : s == Severity::Warning ? warning : info;
}

/// `error`, `warning` or `info`.
const char* to_string(Severity s);

/// Extra context attached to a finding, e.g. "first defined here".
struct Note {
    std::string file;
    Range range;
    std::string message;
};

/// A suggested replacement of the text in `range`. A safe fix keeps what the
/// file means and only mends how it is written (`30 d` → `30d`, a Cyrillic
/// look-alike letter in a Latin id): `lint --fix` applies it. An unsafe one is
/// a guess at what was meant (a did-you-mean): applied only with
/// `--unsafe-fixes` (docs/fixes.md).
struct Fix {
    Range range;
    std::string replacement;
    bool safe = false;
};

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string rule;
    std::string file;
    Range range;
    std::string message;
    std::vector<Note> notes;
    std::optional<Fix> fix;
};

/// Ordering used by every report: file, then position, then rule id.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);

/// Collects diagnostics. Not thread-safe: each file gets its own sink.
class DiagnosticSink {
  public:
    explicit DiagnosticSink(std::string file = {}) : m_file(std::move(file)) {}

    /// Appends a finding at the rule's default severity (filled in later by the
    /// policy step when `severity` is left as given).
    Diagnostic& report(std::string rule, Severity severity, Range range, std::string message);
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    /// Keeps the text of another file findings point into (a template the
    /// theme names), so reports can show its code frame. Once per path.
    void add_source(const SourceText& source);
    std::vector<SourceText>& sources() { return m_sources; }

    const std::string& file() const { return m_file; }
    std::vector<Diagnostic>& items() { return m_items; }
    const std::vector<Diagnostic>& items() const { return m_items; }
    bool has_errors() const;

  private:
    std::string m_file;
    std::vector<Diagnostic> m_items;
    std::vector<SourceText> m_sources;
};

}  // namespace reltheme
