#pragma once
/// JUnit XML, as CI servers (GitLab, Jenkins, Azure) read test reports and
/// as both the Jenkins and the Ant XSD accept it: one test suite for the run;
/// one test case per finding (classname the file, name `RULE at L:C`, one
/// `<failure>`), one passing test case per file without findings, one in
/// `<error>` for each thing the run could not read (docs/output-formats.md).
#include <ctime>
#include <ostream>
#include <string>
#include <string_view>

#include "report/report.h"

namespace reltheme {

void print_junit(std::ostream& out, const Findings& findings, const ReportOptions& options);

/// `2023-11-14T22:13:20`: a time in UTC as Ant's XSD writes timestamps.
std::string junit_timestamp(std::time_t time);

/// Text safe inside an XML 1.0 attribute or element: markup characters as
/// entities, control characters and invalid UTF-8 shown as escapes.
std::string xml_escape(std::string_view text);

}  // namespace reltheme
