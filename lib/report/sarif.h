#pragma once
/// SARIF 2.1.0, as GitHub code scanning and other viewers read it: every rule
/// of ReportOptions::rules in `tool.driver.rules` (with its documentation page
/// as help), one result per finding with a repository-relative location, and
/// unreadable files as tool execution notifications.
#include <ostream>
#include <string>
#include <string_view>

#include "report/report.h"

namespace reltheme {

void print_sarif(std::ostream& out, const Findings& findings, const ReportOptions& options);

/// A path as a URI reference: RFC 3986 percent-encoding of everything but
/// unreserved characters and `/`; absolute paths become `file://` URIs.
std::string path_to_uri(std::string_view path);

/// The first paragraph of a rule page (after its title and severity line).
std::string rule_page_description(std::string_view page);

}  // namespace reltheme
