#pragma once
// Themes, models and scenarios given as text, for the tests of a deal's life
// across the commands (deal_life_test, consistency_test).
#include <doctest/doctest.h>

#include <string>

#include "render_fixture.h"
#include "simulate/chain.h"
#include "simulate/model.h"
#include "simulate/scenario_run.h"

namespace reltheme::test {

/// The chain of a theme and the `stages:` part of a model.
inline Chain chain_of(const Theme& t, const std::string& model_stages) {
    DiagnosticSink sink("m.yaml");
    auto m =
        load_model(SourceText("m.yaml", "reltheme-model: 1\ntheme: t.yaml\n" + model_stages), sink);
    REQUIRE(m);
    auto c = build_chain(t, *m, sink);
    for (const auto& d : sink.items()) MESSAGE(d.rule << ": " << d.message);
    REQUIRE(c);
    return *c;
}

/// Runs a scenario text whose `theme:` is answered with `theme`.
inline ScenarioResult run_with_theme(const Theme& theme, const std::string& scenario) {
    ScenarioOptions options;
    options.themes = [&](const std::filesystem::path&, const std::string&) {
        ThemeInput in;
        in.theme = theme;
        return in;
    };
    return run_scenario_text(scenario, "s.yaml", options);
}

}  // namespace reltheme::test
