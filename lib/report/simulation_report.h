#pragma once
/// The output registries of `simulate` (scenario runs, coverage, Monte Carlo,
/// forecast) and of `analyze`: human and JSON, over the printers of
/// report/sim_report.h and simulate/scenario_run.h.
#include <string>
#include <variant>
#include <vector>

#include "report/human.h"
#include "report/output.h"
#include "report/scenario_report.h"
#include "report/sim_report.h"
#include "simulate/markov.h"
#include "simulate/montecarlo.h"

namespace reltheme {

/// Scenario files run (`simulate FILE...`), or their coverage (`--coverage`).
struct ScenarioRuns {
    const std::vector<ScenarioResult>* results = nullptr;
    bool coverage = false;
    /// What the run could not read (missing paths, nothing found): the
    /// scenario report says the run failed; null or empty: nothing.
    const std::vector<RunFailure>* failures = nullptr;
};
/// `simulate THEME --model MODEL`.
struct MonteCarloRun {
    const McReport* report = nullptr;
    ReportSource source;
};
/// `simulate THEME --model MODEL --pipeline CSV`.
struct ForecastRun {
    const Forecast* forecast = nullptr;
    const std::vector<OpenDeal>* deals = nullptr;
    const Chain* chain = nullptr;
    ReportSource source;
};
using SimulationResult = std::variant<ScenarioRuns, MonteCarloRun, ForecastRun>;

/// `analyze`.
struct AnalysisResult {
    const MarkovResult* result = nullptr;
    const Chain* chain = nullptr;
    ReportSource source;
};

/// The formats of `simulate`: human, json.
const OutputRegistry<SimulationResult, HumanOptions>& simulation_outputs();
/// The formats of `analyze`: human, json.
const OutputRegistry<AnalysisResult, HumanOptions>& analysis_outputs();

/// "14 of 18 scenarios passed, 1 failed, 3 could not run (a.yaml, b.yaml,
/// c.yaml)": every file given is counted, the ones that could not run by name.
std::string scenarios_summary(std::size_t total, std::size_t passed,
                              const std::vector<std::string>& not_run);

}  // namespace reltheme
