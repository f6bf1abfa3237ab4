#pragma once
/// SARIF 2.1.0, as GitHub code scanning and other viewers read it: the rules
/// of ReportOptions::rules in `tool.driver.rules` (name, help URI, the page
/// as help with absolute links), one result per finding with a
/// repository-relative location, a fingerprint that survives moved lines and
/// its notes linked from the message, and what a failed run could not read as
/// tool execution notifications.
#include <ostream>
#include <string>
#include <string_view>

#include "report/report.h"

namespace reltheme {

void print_sarif(std::ostream& out, const Findings& findings, const ReportOptions& options);

/// The first paragraph of a rule page (after its title and severity line).
std::string rule_page_description(std::string_view page);

/// `unknown-stage` -> `UnknownStage`: a rule's SARIF `name`.
std::string pascal_case(std::string_view id);

/// The rule's page on the project's home: HOMEPAGE/blob/main/docs/rules/ID.md.
std::string rule_help_uri(std::string_view id);

/// A rule page with every relative Markdown link made absolute on the
/// project's home (code scanning cannot resolve `../deadlines.md`); a bare
/// `#anchor` points into the rule's own page.
std::string absolute_links(std::string_view page, std::string_view id);

}  // namespace reltheme
