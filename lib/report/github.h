#pragma once
/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice`
/// annotation per finding, escaped as GitHub's toolkit (@actions/core) does;
/// then the whole human report in a collapsed `::group::` (inside
/// `::stop-commands::`, so no text of a file runs as a command) and a closing
/// summary line, since GitHub shows only 10 annotations of each level per step.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace reltheme {

/// GitHub shows at most this many annotations of one level per step.
inline constexpr int k_github_annotation_limit = 10;

void print_github(std::ostream& out, const Findings& findings, const ReportOptions& options);

/// One annotation, as every GitHub report writes it.
struct GithubAnnotation {
    Severity severity = Severity::Error;
    std::string file;  ///< as GitHub shows it: a path from the repository root; empty: none
    Range range;       ///< no line when invalid
    std::string title;
    std::string message;
    std::vector<Note> notes;  ///< further lines: `note: FILE:LINE:COL: MESSAGE`
};

/// `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::MESSAGE`
/// and a newline. Every text is shown printable (control characters as
/// `\x1b`) and escaped; columns only when the range stays on one line
/// (GitHub rejects others); endColumn is exclusive, as in every other report.
std::string github_command(const GithubAnnotation& annotation);

/// 128 random bits as 32 hex digits: the token that ends a
/// `::stop-commands::` block, new for every run so no file can guess it.
std::string github_stop_token();

/// A command's message: `%`, CR and LF escaped (toolkit's escapeData).
std::string github_escape_data(std::string_view text);
/// A command's property value: also `:` and `,` (toolkit's escapeProperty).
std::string github_escape_property(std::string_view text);

}  // namespace reltheme
