#include "report/github.h"

#include <random>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "util/severity_counts.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

const char* command_of(Severity s) {
    return by_severity(s, "error", "warning", "notice");
}

}  // namespace

std::string github_command(const GithubAnnotation& a) {
    std::vector<std::string> props;
    if (!a.file.empty()) props.push_back("file=" + github_escape_property(printable(a.file)));
    const Range& r = a.range;
    if (r.valid()) {
        props.push_back(fmt::format("line={}", r.begin.line));
        const bool one_line = r.end.line == r.begin.line;
        if (one_line && r.begin.column > 0) props.push_back(fmt::format("col={}", r.begin.column));
        if (r.end.line >= r.begin.line) props.push_back(fmt::format("endLine={}", r.end.line));
        if (one_line && r.begin.column > 0 && r.end.column >= r.begin.column) {
            props.push_back(fmt::format("endColumn={}", r.end.column));
        }
    }
    props.push_back("title=" + github_escape_property(printable(a.title)));
    std::string message = printable(a.message);
    for (const auto& n : a.notes) {
        message += fmt::format("\nnote: {}:{}:{}: {}", printable(n.file), n.range.begin.line,
                               n.range.begin.column, printable(n.message));
    }
    return fmt::format("::{} {}::{}\n", command_of(a.severity), fmt::join(props, ","),
                       github_escape_data(message));
}

std::string github_stop_token() {
    std::random_device random;
    std::string token;
    for (int i = 0; i < 4; ++i) token += fmt::format("{:08x}", random());
    return token;
}

std::string github_escape_data(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string github_escape_property(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : github_escape_data(text)) {
        switch (c) {
            case ':':
                out += "%3A";
                break;
            case ',':
                out += "%2C";
                break;
            default:
                out += c;
        }
    }
    return out;
}

void print_github(std::ostream& out, const Findings& findings, const ReportOptions& options) {
    // 1. One annotation per finding, files in order.
    SeverityCounts counts;
    for (const auto& file : findings.files) {
        for (const auto& d : file.diagnostics) {
            GithubAnnotation a{
                d.severity, repository_path(d.file, options), d.range, d.rule, d.message, d.notes};
            for (auto& n : a.notes) n.file = repository_path(n.file, options);
            out << github_command(a);
            counts.add(d.severity);
        }
    }
    // 2. What the run could not read: an error each, the reason as title.
    const auto failures = run_failures(findings);
    for (const auto& f : failures) {
        GithubAnnotation a{Severity::Error, {}, Range{}, std::string(to_string(f.reason)),
                           f.message,       {}};
        // Only a file can carry an annotation; a missing path or a folder
        // would point at nothing in the tree.
        if (f.reason == FailureReason::ReadError) a.file = repository_path(f.path, options);
        out << github_command(a);
        counts.add(Severity::Error);
    }
    // 3. The whole human report, folded, so nothing is lost past the limit.
    const bool clean = counts.errors + counts.warnings + counts.infos == 0;
    if (!clean) {
        // File names and messages come from the repository: between
        // stop-commands and its token the runner runs no workflow command, so
        // a file named `::warning::x.yaml` stays text.
        const std::string token =
            options.github_stop_token.empty() ? github_stop_token() : options.github_stop_token;
        out << "::group::reltheme " << options.command << ": full report\n";
        out << "::stop-commands::" << token << "\n";
        HumanOptions human;
        print_human(out, findings, human);
        out << "::" << token << "::\n";
        out << "::endgroup::\n";
    }
    // 4. The closing summary.
    out << "reltheme " << options.command << ": " << summary_line(findings);
    if (counts.errors > k_github_annotation_limit || counts.warnings > k_github_annotation_limit ||
        counts.infos > k_github_annotation_limit) {
        out << fmt::format(
            " (GitHub shows at most {} annotations of each level per step; the \"full report\" "
            "group above "
            "lists every finding)",
            k_github_annotation_limit);
    }
    out << "\n";
}

}  // namespace reltheme
