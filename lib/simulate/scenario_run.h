#pragma once
/// Running a scenario file: load it and its theme, play the steps in time
/// order through the deal engine, check the expectations; and the reports of
/// a run (timeline, JSON) and of coverage over many runs.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "load/yaml_doc.h"
#include "model/theme.h"
#include "simulate/engine.h"
#include "simulate/scenario.h"
#include "simulate/theme_input.h"
#include "util/findings.h"

namespace reltheme {

struct ExpectationResult {
    std::size_t index = 0;  ///< into Scenario::expectations
    bool passed = false;
    std::string expected;
    std::string actual;
    /// Expected and actual side by side, one row per compared item; a row
    /// that differs is marked.
    struct Row {
        std::string expected, actual;
        bool differs = false;
    };
    std::vector<Row> rows;
};

struct ScenarioResult {
    std::string display;        ///< the scenario file as messages show it
    std::string theme_display;  ///< the theme file as messages show it
    bool loaded = false;        ///< false: see `findings` (exit 2)
    Findings findings;          ///< why the scenario or its theme did not load
    std::optional<Scenario> scenario;
    std::optional<Theme> theme;
    std::vector<DealState> deals;
    std::vector<Record> records;
    std::vector<TimelineEntry> timeline;
    Reached reached;
    std::vector<ExpectationResult> expectations;
    int violations = 0;
    int warnings = 0;

    bool passed() const;
};

struct ScenarioOptions {
    YamlLimits limits;
    /// How themes are loaded; empty: structural_themes(limits).
    ThemeSource themes;
};

ScenarioResult run_scenario_file(const std::filesystem::path& path, const ScenarioOptions& options);
/// Runs a scenario given as text; `path` places its theme (for tests).
ScenarioResult run_scenario_text(const std::string& text, const std::filesystem::path& path,
                                 const ScenarioOptions& options);

/// "none", "open" or "closed": a deal's state as expectations and reports name it.
const char* state_name(const DealState& d);
/// The id of the deal's stage, or "-" before it has one.
std::string stage_name(const Theme& t, const DealState& d);

/// What the scenarios of one theme did not reach.
struct ThemeCoverage {
    std::string theme_id;
    std::string theme_file;
    int scenarios = 0;
    std::vector<std::string> stages, stages_missed;
    std::vector<std::string> transitions, transitions_missed;  ///< "from -> to"
    std::vector<std::string> outcomes, outcomes_missed;
};

std::vector<ThemeCoverage> coverage_of(const std::vector<ScenarioResult>& results);

}  // namespace reltheme
