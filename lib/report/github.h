#pragma once
/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice`
/// annotation per finding, escaped as GitHub's toolkit (@actions/core) does;
/// then the whole human report in a collapsed `::group::` and a closing
/// summary line, since GitHub shows only 10 annotations of each level per step.
#include <ostream>
#include <string>
#include <string_view>

#include "report/report.h"

namespace reltheme {

/// GitHub shows at most this many annotations of one level per step.
inline constexpr int k_github_annotation_limit = 10;

void print_github(std::ostream& out, const Findings& findings, const ReportOptions& options);

/// A command's message: `%`, CR and LF escaped (toolkit's escapeData).
std::string github_escape_data(std::string_view text);
/// A command's property value: also `:` and `,` (toolkit's escapeProperty).
std::string github_escape_property(std::string_view text);

}  // namespace reltheme
