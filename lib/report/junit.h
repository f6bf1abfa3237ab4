#pragma once
/// JUnit XML, as CI servers (GitLab, Jenkins, Azure) read test reports: one
/// test suite for the run, one test case per file, one `<failure>` per finding
/// and an `<error>` for a file that could not be read.
#include <ostream>
#include <string>
#include <string_view>

#include "report/report.h"

namespace reltheme {

void print_junit(std::ostream& out, const Findings& findings, const ReportOptions& options);

/// Text safe inside an XML 1.0 attribute or element: markup characters as
/// entities, control characters and invalid UTF-8 shown as escapes.
std::string xml_escape(std::string_view text);

}  // namespace reltheme
