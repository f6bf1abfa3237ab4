#include "report/human.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

constexpr std::size_t k_max_frame_chars = 160;

struct Style {
    bool on;
    std::string wrap(std::string_view code, std::string_view text) const {
        return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
    }
};

const char* severity_color(Severity s) {
    return by_severity(s, "1;31", "1;33", "1;36");
}

/// Prints the source line and the underline; long lines are cut to a window
/// around the finding so the frame stays readable.
void print_frame(std::ostream& out, const Diagnostic& d, const SourceText& source,
                 const Style& style) {
    const int line_no = d.range.begin.line;
    if (line_no < 1 || line_no > source.line_count()) return;
    const std::string_view raw = source.line(line_no);
    const std::size_t length = source.line_length(line_no);
    std::size_t begin_col = static_cast<std::size_t>(std::max(d.range.begin.column, 1));
    std::size_t end_col =
        d.range.end.line == line_no ? static_cast<std::size_t>(d.range.end.column) : length + 1;
    end_col = std::max(end_col, begin_col + 1);
    end_col = std::min(end_col, std::max(length + 1, begin_col + 1));

    std::size_t window_start = 1;
    std::string prefix;
    if (length > k_max_frame_chars && begin_col > k_max_frame_chars / 2) {
        window_start = begin_col - k_max_frame_chars / 4;
        prefix = "...";
    }
    // Cut the line to its window first, so a 1 MB line costs no more than a
    // short one (the source's character index finds the window without a scan
    // from the line's start), then make the window printable (control characters and
    // invalid bytes widen to escapes; tabs become one space so columns line
    // up). The caret goes after the printed width of what precedes it.
    const std::size_t from = source.line_offset_of_char(line_no, window_start - 1);
    const std::size_t to =
        source.line_offset_of_char(line_no, window_start - 1 + k_max_frame_chars);
    std::string shown = printable(raw.substr(from, to - from));
    std::replace(shown.begin(), shown.end(), '\t', ' ');
    if (to < raw.size()) shown += "...";
    const std::size_t caret_at = std::max(source.line_offset_of_char(line_no, begin_col - 1), from);
    const std::size_t caret_pad =
        utf8_length(printable(raw.substr(from, std::min(caret_at, to) - from)));
    // The underline spans the printed width of the range: an escaped
    // character (`\u202e`) is as wide as its escape.
    const std::size_t caret_end =
        std::clamp(source.line_offset_of_char(line_no, end_col - 1), caret_at, to);
    const std::size_t caret_len = std::min(
        std::max<std::size_t>(utf8_length(printable(raw.substr(
                                  std::min(caret_at, to), caret_end - std::min(caret_at, to)))),
                              1),
        k_max_frame_chars);
    const std::string gutter(std::to_string(line_no).size(), ' ');
    out << gutter << " |\n";
    out << line_no << " | " << prefix << shown << "\n";
    out << gutter << " | " << std::string(prefix.size() + caret_pad, ' ')
        << style.wrap("1;32", "^" + std::string(caret_len > 0 ? caret_len - 1 : 0, '~')) << "\n";
}

}  // namespace

void print_diagnostic(std::ostream& out, const Diagnostic& d, const SourceText* source,
                      const HumanOptions& options) {
    const Style style{options.color};
    out << style.wrap("1", fmt::format("{}:{}:{}:", printable(d.file), d.range.begin.line,
                                       d.range.begin.column))
        << " "
        << style.wrap(severity_color(d.severity),
                      fmt::format("{}[{}]:", to_string(d.severity), d.rule))
        << " " << printable(d.message) << "\n";
    if (source) print_frame(out, d, *source, style);
    for (const auto& note : d.notes) {
        out << style.wrap("1", fmt::format("{}:{}:{}:", printable(note.file), note.range.begin.line,
                                           note.range.begin.column))
            << " " << style.wrap("1;36", "note:") << " " << printable(note.message) << "\n";
    }
}

std::string summary_line(const Findings& findings) {
    const std::string infos =
        findings.infos > 0
            ? i18n::message("summary.infos",
                            fmt::arg("infos", i18n::count(findings.infos, "noun.info")))
            : std::string();
    std::string s = i18n::message(
        "summary", fmt::arg("errors", i18n::count(findings.errors, "noun.error")),
        fmt::arg("warnings", i18n::count(findings.warnings, "noun.warning")),
        fmt::arg("infos", infos),
        fmt::arg("files",
                 i18n::count(static_cast<long long>(findings.files.size()), "noun.file-in")));
    // What the baseline accepted, and its entries the run no longer needs.
    if (findings.baselined > 0 || findings.unused_baseline_entries > 0) {
        const std::string unused =
            findings.unused_baseline_entries > 0
                ? i18n::message("summary.unused-baseline",
                                fmt::arg("entries", i18n::count(findings.unused_baseline_entries,
                                                                "noun.unused-baseline-entry")))
                : std::string();
        s += i18n::message("summary.baseline", fmt::arg("baselined", findings.baselined),
                           fmt::arg("unused", unused));
    }
    // A run that failed never reads as clean: the reasons, counted by id.
    s += failure_summary(run_failures(findings));
    return s;
}

std::string failure_summary(const std::vector<RunFailure>& failures) {
    if (failures.empty()) return {};
    std::vector<std::pair<FailureReason, int>> counts;
    for (const auto& f : failures) {
        const auto it = std::find_if(counts.begin(), counts.end(),
                                     [&](const auto& c) { return c.first == f.reason; });
        if (it == counts.end())
            counts.emplace_back(f.reason, 1);
        else
            ++it->second;
    }
    std::string s = i18n::message("summary.run-failed");
    for (std::size_t i = 0; i < counts.size(); ++i)
        s += fmt::format("{} {} {}", i == 0 ? "" : ",", counts[i].second,
                         to_string(counts[i].first));
    return s;
}

void print_failure(std::ostream& out, const RunFailure& failure, const HumanOptions& options) {
    const Style style{options.color};
    out << style.wrap(severity_color(Severity::Error),
                      fmt::format("error[{}]:", to_string(failure.reason)))
        << " " << printable(failure.message) << "\n";
}

void print_human(std::ostream& out, const Findings& findings, const HumanOptions& options) {
    for (const auto& file : findings.files) {
        for (const auto& d : file.diagnostics) {
            if (options.quiet && d.severity != Severity::Error) continue;
            // A finding in a template the theme names shows that file's frame.
            const SourceText* source = file.source.line_count() > 0 ? &file.source : nullptr;
            if (d.file != file.path) {
                source = nullptr;
                for (const auto& r : file.related) {
                    if (r.path() == d.file) source = &r;
                }
            }
            print_diagnostic(out, d, source, options);
        }
    }
    const auto failures = run_failures(findings);
    for (const auto& f : failures) print_failure(out, f, options);
    if (!options.quiet || findings.errors > 0 || !failures.empty())
        out << summary_line(findings) << "\n";
}

}  // namespace reltheme
