#include "report/json.h"

#include "util/severity_counts.h"

namespace reltheme {
using Json = nlohmann::ordered_json;

Json range_json(const Range& r) {
    return Json{{"line", r.begin.line},
                {"column", r.begin.column},
                {"end_line", r.end.line},
                {"end_column", r.end.column}};
}

Json diagnostic_json(const Diagnostic& d) {
    Json j{{"file", d.file}};
    j.update(range_json(d.range));
    j["severity"] = to_string(d.severity);
    j["rule"] = d.rule;
    j["message"] = d.message;
    Json notes = Json::array();
    for (const auto& n : d.notes) {
        Json note{{"file", n.file}};
        note.update(range_json(n.range));
        note["message"] = n.message;
        notes.push_back(std::move(note));
    }
    j["notes"] = std::move(notes);
    if (d.fix) {
        Json fix = range_json(d.fix->range);
        fix["replacement"] = d.fix->replacement;
        fix["safe"] = d.fix->safe;
        j["fix"] = std::move(fix);
    }
    return j;
}

Json unreadable_json(const Findings& findings) {
    return failures_json(run_failures(findings));
}

Json failures_json(const std::vector<RunFailure>& failures) {
    Json unreadable = Json::array();
    for (const auto& failure : failures) {
        unreadable.push_back({{"reason", to_string(failure.reason)},
                              {"path", failure.path},
                              {"message", failure.message}});
    }
    return unreadable;
}

Json summary_json(const Findings& findings) {
    return {{"files", findings.files.size()},
            {"errors", findings.errors},
            {"warnings", findings.warnings},
            {"infos", findings.infos},
            {"unreadable", run_failures(findings).size()},
            {"baselined", findings.baselined},
            {"unused_baseline_entries", findings.unused_baseline_entries},
            {"text", summary_line(findings)}};
}

void print_json(std::ostream& out, const Findings& findings, const ReportOptions& options) {
    Json report;
    report["version"] = k_json_report_version;
    report["tool"] = {{"name", "reltheme"}, {"version", RELTHEME_VERSION}};
    report["command"] = options.command;
    Json files = Json::array();
    Json diagnostics = Json::array();
    for (const auto& file : findings.files) {
        const SeverityCounts c = count_severities(file.diagnostics);
        Json f;
        f["file"] = file.path;
        f["errors"] = c.errors;
        f["warnings"] = c.warnings;
        f["infos"] = c.infos;
        if (file.read_error) f["read_error"] = *file.read_error;
        files.push_back(std::move(f));
        for (const auto& d : file.diagnostics) diagnostics.push_back(diagnostic_json(d));
    }
    report["files"] = std::move(files);
    report["diagnostics"] = std::move(diagnostics);
    report["unreadable"] = unreadable_json(findings);
    report["summary"] = summary_json(findings);
    write_json(out, report);
}

}  // namespace reltheme
