#pragma once
/// Scripted scenarios (`reltheme-scenario: 1`): named deals walked through a
/// theme by timed steps on a simulated clock, and what must come out.
#include <optional>
#include <string>
#include <vector>

#include "load/yaml_doc.h"
#include "util/diagnostic.h"
#include "util/duration.h"
#include "util/source.h"

namespace reltheme {

enum class StepKind { Create, Plan, Complete, Move, Fill, Invoice, Pay, Extend, Close, Send };

const char* to_string(StepKind k);

/// One timed step of a deal. Only the keys of its kind are set.
struct Step {
    StepKind kind = StepKind::Create;
    Minutes at = 0;
    Range range;            ///< the step's mapping
    Range at_range;         ///< its `at` value
    std::size_t deal = 0;   ///< index into Scenario::deals
    std::size_t order = 0;  ///< position in the file, for a stable sort
    std::string activity;
    std::optional<Minutes> due;
    std::string to;
    Range to_range;
    std::string field;
    std::optional<std::string> value;  ///< nullopt: clear the field
    double amount = 0;
    std::string invoice;   ///< invoice id (optional on invoice and pay)
    std::string document;  ///< send: a document of the theme
    Range document_range;
    std::optional<Duration> by;
    std::optional<std::string> approved_by;
    std::optional<std::string> outcome;
    Range outcome_range;
    Range field_range;
    std::optional<std::string> comment;
};

struct ScenarioDeal {
    std::string id;
    std::string client;
    Range range;
    Range id_range;
};

enum class ExpectKind { State, Violation, Violations, Warning, Warnings };

/// One `expect` entry.
struct Expectation {
    ExpectKind kind = ExpectKind::State;
    Range range;
    std::optional<std::string> deal;
    Range deal_range;
    std::optional<std::string> state;  ///< open, closed or none (never created)
    Range state_range;
    std::optional<std::string> stage;
    Range stage_range;
    std::optional<std::string> outcome;
    Range outcome_range;
    std::string record;  ///< violation or warning id
    Range record_range;
    long long count = 0;
};

struct Scenario {
    std::string file;
    std::string theme;  ///< as written, relative to the scenario file
    Range theme_range;
    std::optional<std::string> name;
    Minutes start = 0;
    std::optional<Minutes> end;  ///< the clock runs at least until here
    std::vector<ScenarioDeal> deals;
    std::vector<Step> steps;  ///< in file order
    std::vector<Expectation> expectations;
};

/// Builds a scenario from its YAML; findings (`schema`, ...) go to `sink`.
/// Returns nullopt when the file cannot be used.
std::optional<Scenario> scenario_from_yaml(const YNode* root, const std::string& file,
                                           DiagnosticSink& sink);

/// Encoding checks, parsing and building.
std::optional<Scenario> load_scenario(const SourceText& source, DiagnosticSink& sink,
                                      const YamlLimits& limits = YamlLimits{});

}  // namespace reltheme
