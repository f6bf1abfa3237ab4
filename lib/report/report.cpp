#include "report/report.h"

#include <sstream>

#include "report/github.h"
#include "report/json.h"
#include "report/junit.h"
#include "report/sarif.h"

namespace reltheme {
namespace fs = std::filesystem;

const char* to_string(ReportFormat format) {
    switch (format) {
        case ReportFormat::Human:
            return "human";
        case ReportFormat::Json:
            return "json";
        case ReportFormat::Sarif:
            return "sarif";
        case ReportFormat::Github:
            return "github";
        case ReportFormat::Junit:
            return "junit";
    }
    return "";
}

std::optional<ReportFormat> parse_report_format(std::string_view name) {
    for (const auto f : {ReportFormat::Human, ReportFormat::Json, ReportFormat::Sarif,
                         ReportFormat::Github, ReportFormat::Junit}) {
        if (name == to_string(f)) return f;
    }
    return std::nullopt;
}

std::vector<std::string> report_format_names() {
    return {"human", "json", "sarif", "github", "junit"};
}

void print_report(std::ostream& out, ReportFormat format, const Findings& findings,
                  const ReportOptions& options) {
    switch (format) {
        case ReportFormat::Human:
            print_human(out, findings, options.human);
            break;
        case ReportFormat::Json:
            print_json(out, findings, options);
            break;
        case ReportFormat::Sarif:
            print_sarif(out, findings, options);
            break;
        case ReportFormat::Github:
            print_github(out, findings, options);
            break;
        case ReportFormat::Junit:
            print_junit(out, findings, options);
            break;
    }
}

std::string render_report(ReportFormat format, const Findings& findings,
                          const ReportOptions& options) {
    std::ostringstream out;
    print_report(out, format, findings, options);
    return out.str();
}

std::string repository_path(std::string_view display_path, const ReportOptions& options) {
    if (options.working_dir.empty() || options.repository_root.empty())
        return std::string(display_path);
    fs::path p{std::string(display_path)};
    if (p.is_relative()) p = options.working_dir / p;
    p = p.lexically_normal();
    const fs::path rel = p.lexically_relative(options.repository_root.lexically_normal());
    if (rel.empty() || *rel.begin() == "..") return p.generic_string();
    return rel.generic_string();
}

FileCounts count_findings(const FileFindings& file) {
    FileCounts c;
    for (const auto& d : file.diagnostics) {
        switch (d.severity) {
            case Severity::Error:
                ++c.errors;
                break;
            case Severity::Warning:
                ++c.warnings;
                break;
            case Severity::Info:
                ++c.infos;
                break;
        }
    }
    return c;
}

}  // namespace reltheme
