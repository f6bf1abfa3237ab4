#include "simulate/paths.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "simulate/clock.h"
#include "simulate/scenario_run.h"
#include "simulate/theme_input.h"
#include "test_support.h"

using namespace reltheme;
namespace fs = std::filesystem;

TEST_CASE("paths: for every sample theme the routes run clean and cover everything") {
    for (const auto& e : fs::directory_iterator(test::source_dir() / "samples/themes")) {
        CAPTURE(e.path().string());
        ThemeInput in = load_theme_file(e.path(), e.path().string(), YamlLimits{});
        REQUIRE(in.theme);
        const std::string text =
            paths_scenario(*in.theme, "../themes/" + e.path().filename().string(),
                           *parse_moment("2026-03-02T09:00"));
        const ScenarioResult r = run_scenario_text(
            text, test::source_dir() / "samples/scenarios/paths.yaml", ScenarioOptions{});
        REQUIRE(r.loaded);
        CHECK(r.passed());
        CHECK(r.violations == 0);
        const auto c = coverage_of({r});
        REQUIRE(c.size() == 1);
        CHECK(c[0].stages_missed.empty());
        CHECK(c[0].transitions_missed.empty());
        if (in.theme->close_policy() == ClosePolicy::OnOutcome) CHECK(c[0].outcomes_missed.empty());
    }
}

TEST_CASE("the sample routes match what paths prints today") {
    for (const auto& e : fs::directory_iterator(test::source_dir() / "samples/themes")) {
        CAPTURE(e.path().string());
        ThemeInput in = load_theme_file(e.path(), e.path().string(), YamlLimits{});
        REQUIRE(in.theme);
        const fs::path sample =
            test::source_dir() / "samples/scenarios/routes" / e.path().filename();
        std::string error;
        const auto text = read_text_file(sample, 1 << 20, error);
        REQUIRE(text);
        CHECK(*text == paths_scenario(*in.theme, "../../themes/" + e.path().filename().string(),
                                      *parse_moment("2026-03-02T09:00")));
    }
}
