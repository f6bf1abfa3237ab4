#include "report/report.h"

#include "report/github.h"
#include "report/gitlab.h"
#include "report/json.h"
#include "report/junit.h"
#include "report/sarif.h"

namespace reltheme {
namespace fs = std::filesystem;

const OutputRegistry<Findings, ReportOptions>& findings_outputs() {
    using Registry = OutputRegistry<Findings, ReportOptions>;
    static const Registry registry({
        {"human", [](std::ostream& out, const Findings& f,
                     const ReportOptions& o) { print_human(out, f, o.human); }},
        {"json", print_json},
        {"sarif", print_sarif},
        {"github", print_github},
        {"junit", print_junit},
        {"gitlab", print_gitlab},
    });
    return registry;
}

std::string render_report(std::string_view format, const Findings& findings,
                          const ReportOptions& options) {
    return findings_outputs().render(format, findings, options).value_or(std::string());
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

}  // namespace reltheme
