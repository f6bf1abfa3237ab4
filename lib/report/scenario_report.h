#pragma once
/// Reports of scenario runs (`simulate FILE...`): the timeline, final state
/// and expectations of one run, and the coverage of many; readable text and
/// JSON (docs/simulation.md).
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "simulate/scenario_run.h"

namespace reltheme {

/// The timeline, final state and expectations; `color` adds ANSI colours.
void print_scenario_human(std::ostream& out, const ScenarioResult& r, bool color = false);
nlohmann::ordered_json scenario_json(const ScenarioResult& r);

void print_coverage_human(std::ostream& out, const std::vector<ThemeCoverage>& c);
nlohmann::ordered_json coverage_json(const std::vector<ThemeCoverage>& c);

}  // namespace reltheme
