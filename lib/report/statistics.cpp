#include "report/statistics.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "report/human.h"
#include "report/json.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

using Json = nlohmann::ordered_json;

void print_statistics_human(std::ostream& out, const Findings& findings,
                            const ReportOptions& options) {
    const auto counts = rule_statistics(findings, options.rules, options.human.quiet);
    std::size_t count_width = 1, rule_width = 1;
    for (const auto& c : counts) {
        count_width = std::max(count_width, std::to_string(c.count).size());
        rule_width = std::max(rule_width, c.rule.size());
    }
    for (const auto& c : counts) {
        out << fmt::format("{:>{}}  {:<{}}  {} {}", c.count, count_width, printable(c.rule),
                           rule_width,
                           c.fixable          ? "[*]"
                           : c.unsafe_fixable ? "[-]"
                                              : "[ ]",
                           c.summary)
            << "\n";
    }
    const auto failures = run_failures(findings);
    for (const auto& f : failures) print_failure(out, f, options.human);
    if (!options.human.quiet || findings.errors > 0 || !failures.empty())
        out << summary_line(findings) << "\n";
}

void print_statistics_json(std::ostream& out, const Findings& findings,
                           const ReportOptions& options) {
    Json report;
    report["version"] = k_json_report_version;
    report["tool"] = {{"name", "reltheme"}, {"version", RELTHEME_VERSION}};
    report["command"] = options.command;
    Json statistics = Json::array();
    for (const auto& c : rule_statistics(findings, options.rules, false)) {
        statistics.push_back(
            {{"rule", c.rule}, {"count", c.count}, {"fixable", c.fixable}, {"summary", c.summary}});
    }
    report["statistics"] = std::move(statistics);
    report["unreadable"] = unreadable_json(findings);
    report["summary"] = summary_json(findings);
    write_json(out, report);
}

}  // namespace

std::vector<RuleCount> rule_statistics(const Findings& findings, const std::vector<RuleInfo>& rules,
                                       bool quiet) {
    std::map<std::string, RuleCount, std::less<>> by_rule;
    for (const auto& file : findings.files) {
        for (const auto& d : file.diagnostics) {
            if (quiet && d.severity != Severity::Error) continue;
            RuleCount& c = by_rule[d.rule];
            c.rule = d.rule;
            ++c.count;
            c.fixable = c.fixable || (d.fix && d.fix->safe);
            c.unsafe_fixable = c.unsafe_fixable || (d.fix && !d.fix->safe);
        }
    }
    std::vector<RuleCount> out;
    for (auto& entry : by_rule) {
        RuleCount& c = entry.second;
        const auto it = std::find_if(rules.begin(), rules.end(),
                                     [&](const RuleInfo& r) { return r.id == c.rule; });
        if (it != rules.end()) c.summary = it->summary;
        out.push_back(std::move(c));
    }
    // by_rule is in id order; a stable sort by count keeps it among equals.
    std::stable_sort(out.begin(), out.end(),
                     [](const RuleCount& a, const RuleCount& b) { return a.count > b.count; });
    return out;
}

const OutputRegistry<Findings, ReportOptions>& statistics_outputs() {
    using Registry = OutputRegistry<Findings, ReportOptions>;
    static const Registry registry({
        {"human", print_statistics_human},
        {"json", print_statistics_json},
    });
    return registry;
}

}  // namespace reltheme
