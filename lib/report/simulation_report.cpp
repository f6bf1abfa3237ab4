#include "report/simulation_report.h"

#include <fmt/format.h>

#include "i18n/messages.h"
#include "report/human.h"
#include "report/json.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
// Written out for clang 14, which does not deduce an aggregate's bases.
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

/// Every scenario's timeline (only the failed ones with -q), then the count.
void print_scenarios_human(std::ostream& out, const std::vector<ScenarioResult>& results,
                           const HumanOptions& options) {
    bool first = true;
    std::size_t passed = 0;
    std::vector<std::string> not_run;
    for (const auto& r : results) {
        if (!r.loaded) {
            not_run.push_back(r.display);
            continue;
        }
        passed += r.passed();
        if (options.quiet && r.passed()) continue;
        if (!first) out << "\n";
        first = false;
        print_scenario_human(out, r, options.color);
    }
    if (results.size() > 1 && !(options.quiet && passed == results.size())) {
        out << (first ? "" : "\n") << scenarios_summary(results.size(), passed, not_run) << "\n";
    }
}

void print_simulation_human(std::ostream& out, const SimulationResult& result,
                            const HumanOptions& options) {
    std::visit(Overloaded{[&](const ScenarioRuns& s) {
                              if (s.coverage)
                                  print_coverage_human(out, coverage_of(*s.results));
                              else
                                  print_scenarios_human(out, *s.results, options);
                              if (s.failures && !s.failures->empty()) {
                                  for (const auto& f : *s.failures) print_failure(out, f, options);
                                  out << i18n::message("scenarios.run",
                                                       fmt::arg("scenarios",
                                                                i18n::count(static_cast<long long>(
                                                                                s.results->size()),
                                                                            "noun.scenario")))
                                      << failure_summary(*s.failures) << "\n";
                              }
                          },
                          [&](const MonteCarloRun& m) { print_mc_human(out, *m.report, m.source); },
                          [&](const ForecastRun& f) {
                              print_forecast_human(out, *f.forecast, *f.deals, *f.chain, f.source);
                          }},
               result);
}

nlohmann::ordered_json simulation_json(const SimulationResult& result) {
    return std::visit(
        Overloaded{[](const ScenarioRuns& s) {
                       if (s.coverage) return coverage_json(coverage_of(*s.results));
                       nlohmann::ordered_json runs = nlohmann::ordered_json::array();
                       for (const auto& r : *s.results) runs.push_back(scenario_json(r));
                       return nlohmann::ordered_json{
                           {"version", 1},
                           {"scenarios", runs},
                           {"unreadable",
                            failures_json(s.failures ? *s.failures : std::vector<RunFailure>{})}};
                   },
                   [](const MonteCarloRun& m) { return mc_json(*m.report, m.source); },
                   [](const ForecastRun& f) {
                       return forecast_json(*f.forecast, *f.deals, *f.chain, f.source);
                   }},
        result);
}

}  // namespace

const OutputRegistry<SimulationResult, HumanOptions>& simulation_outputs() {
    using Registry = OutputRegistry<SimulationResult, HumanOptions>;
    static const Registry registry({
        {"human", print_simulation_human},
        {"json", [](std::ostream& out, const SimulationResult& r,
                    const HumanOptions&) { write_json(out, simulation_json(r)); }},
    });
    return registry;
}

const OutputRegistry<AnalysisResult, HumanOptions>& analysis_outputs() {
    using Registry = OutputRegistry<AnalysisResult, HumanOptions>;
    static const Registry registry({
        {"human",
         [](std::ostream& out, const AnalysisResult& a, const HumanOptions&) {
             print_analyze_human(out, *a.result, *a.chain, a.source);
         }},
        {"json",
         [](std::ostream& out, const AnalysisResult& a, const HumanOptions&) {
             write_json(out, analyze_json(*a.result, *a.chain, a.source));
         }},
    });
    return registry;
}

std::string scenarios_summary(std::size_t total, std::size_t passed,
                              const std::vector<std::string>& not_run) {
    std::string s = i18n::message(
        "scenarios.passed", fmt::arg("passed", passed),
        fmt::arg("scenarios", i18n::count(static_cast<long long>(total), "noun.scenario-of")));
    const std::size_t failed = total - passed - not_run.size();
    if (failed > 0) s += i18n::message("scenarios.failed", fmt::arg("failed", failed));
    if (!not_run.empty()) {
        std::string names;
        for (const auto& n : not_run) names += (names.empty() ? "" : ", ") + printable(n);
        s += i18n::message("scenarios.not-run", fmt::arg("count", not_run.size()),
                           fmt::arg("files", names));
    }
    return s;
}

}  // namespace reltheme
