#pragma once
/// Every report format of `validate` and `lint` (and of any command whose
/// result is a Findings): the format names, what the printers need besides
/// the findings, and one entry point that prints any of them.
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/human.h"
#include "util/findings.h"
#include "util/rule_info.h"

namespace reltheme {

enum class ReportFormat { Human, Json, Sarif, Github, Junit };

/// "human", "json", "sarif", "github", "junit".
const char* to_string(ReportFormat format);
std::optional<ReportFormat> parse_report_format(std::string_view name);
/// Every format name, in the order above.
std::vector<std::string> report_format_names();

struct ReportOptions {
    std::string command = "lint";  ///< the command that produced the findings
    HumanOptions human;            ///< colour and quiet, for the human report only
    /// Findings name files as the user gave them, relative to `working_dir`;
    /// SARIF and GitHub reports name them relative to `repository_root`.
    /// Either empty: paths are printed as they are.
    std::filesystem::path working_dir;
    std::filesystem::path repository_root;
    /// Every rule of the catalogue (catalogue/catalogue.h), for SARIF's rule list.
    std::vector<RuleInfo> rules;
};

/// Prints one report of the findings.
void print_report(std::ostream& out, ReportFormat format, const Findings& findings,
                  const ReportOptions& options);
/// The same report as a string.
std::string render_report(ReportFormat format, const Findings& findings,
                          const ReportOptions& options);

/// A finding's path relative to the repository root, with `/`, for SARIF and
/// GitHub; absolute when the file lies outside the repository.
std::string repository_path(std::string_view display_path, const ReportOptions& options);

/// Counts of one file's findings.
struct FileCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
FileCounts count_findings(const FileFindings& file);

}  // namespace reltheme
