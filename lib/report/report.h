#pragma once
/// Every report format of `validate` and `lint` (and of any command whose
/// result is a Findings): what the printers need besides the findings, and
/// the registry of the formats (report/output.h).
#include <ctime>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/human.h"
#include "report/output.h"
#include "util/findings.h"
#include "util/rule_info.h"

namespace reltheme {

struct ReportOptions {
    std::string command = "lint";  ///< the command that produced the findings
    HumanOptions human;            ///< colour and quiet, for the human report only
    /// Findings name files as the user gave them, relative to `working_dir`;
    /// SARIF and GitHub reports name them relative to `repository_root`.
    /// Either empty: paths are printed as they are.
    std::filesystem::path working_dir;
    std::filesystem::path repository_root;
    /// The rules the command can report (catalogue/catalogue.h's
    /// command_rules), for SARIF's rule list.
    std::vector<RuleInfo> rules;
    /// The token that ends the GitHub report's `::stop-commands::` block;
    /// empty: a new random one (github_stop_token) for each report.
    std::string github_stop_token;
    /// `--sarif-category NAME`: SARIF's `automationDetails.id` is `NAME/`
    /// (NAME as given when it ends with `/`); empty: `reltheme/COMMAND/`.
    std::string sarif_category;
    /// When and where the report was written, for JUnit's testsuite
    /// (util/env.h: report_time, report_hostname; SOURCE_DATE_EPOCH decides
    /// both for a reproducible report).
    std::time_t time = 0;
    std::string hostname = "localhost";
};

/// The formats of findings: human, json, sarif, github, junit, gitlab.
const OutputRegistry<Findings, ReportOptions>& findings_outputs();

/// One report of the findings as a string; empty for a format not in
/// findings_outputs().
std::string render_report(std::string_view format, const Findings& findings,
                          const ReportOptions& options);

/// A finding's path relative to the repository root, with `/`, for SARIF and
/// GitHub; absolute when the file lies outside the repository.
std::string repository_path(std::string_view display_path, const ReportOptions& options);

}  // namespace reltheme
