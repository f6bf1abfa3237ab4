#include "report/gitlab.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/fingerprint.h"
#include "report/json.h"

namespace reltheme {
namespace {

using Json = nlohmann::ordered_json;

/// GitLab's scale is info, minor, major, critical, blocker: an error is
/// major, so what could not be read (blocker) ranks above every finding.
const char* gitlab_severity(Severity s) {
    return by_severity(s, "major", "minor", "info");
}

Json issue(std::string description, std::string check_name, std::string fingerprint,
           const char* severity, std::string path, int line) {
    Json j;
    j["description"] = std::move(description);
    j["check_name"] = std::move(check_name);
    j["fingerprint"] = std::move(fingerprint);
    j["severity"] = severity;
    j["location"] = {{"path", std::move(path)}, {"lines", {{"begin", std::max(line, 1)}}}};
    return j;
}

}  // namespace

void print_gitlab(std::ostream& out, const Findings& findings, const ReportOptions& options) {
    Json issues = Json::array();
    for (const auto& failure : run_failures(findings)) {
        const std::string path =
            failure.path.empty() ? std::string(".") : repository_path(failure.path, options);
        const std::string reason(to_string(failure.reason));
        issues.push_back(
            issue(failure.message, reason, fingerprint_hash({reason, path}), "blocker", path, 1));
    }
    for (const auto& file : findings.files) {
        const auto fingerprints = finding_fingerprints(file, options);
        for (std::size_t i = 0; i < file.diagnostics.size(); ++i) {
            const Diagnostic& d = file.diagnostics[i];
            issues.push_back(issue(d.message, d.rule, fingerprints[i], gitlab_severity(d.severity),
                                   repository_path(d.file, options), d.range.begin.line));
        }
    }
    write_json(out, issues);
}

}  // namespace reltheme
