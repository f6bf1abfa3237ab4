#include "simulate/paths.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "semantics/deal_life.h"
#include "simulate/clock.h"
#include "simulate/scenario_run.h"
#include "simulate/theme_input.h"
#include "test_support.h"
#include "util/file.h"

using namespace reltheme;
namespace fs = std::filesystem;

TEST_CASE("paths: for every sample theme the routes run clean and cover everything") {
    for (const auto& e : fs::directory_iterator(test::source_dir() / "samples/themes")) {
        CAPTURE(e.path().string());
        ThemeInput in = load_theme_file(e.path(), e.path().string(), YamlLimits{});
        REQUIRE(in.theme);
        std::string why;
        const auto text = paths_scenario(*in.theme, "../themes/" + e.path().filename().string(),
                                         *parse_moment("2026-03-02T09:00"), why);
        REQUIRE(text);
        const ScenarioResult r = run_scenario_text(
            *text, test::source_dir() / "samples/scenarios/paths.yaml", ScenarioOptions{});
        REQUIRE(r.loaded);
        CHECK(r.passed());
        CHECK(r.violations == 0);
        const auto c = coverage_of({r});
        REQUIRE(c.size() == 1);
        CHECK(c[0].stages_missed.empty());
        CHECK(c[0].transitions_missed.empty());
        if (close_policy(*in.theme) == ClosePolicy::OnOutcome) CHECK(c[0].outcomes_missed.empty());
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
        const auto text = read_file(sample, 1 << 20, error);
        REQUIRE(text);
        const auto routes =
            paths_scenario(*in.theme, "../../themes/" + e.path().filename().string(),
                           *parse_moment("2026-03-02T09:00"), error);
        REQUIRE(routes);
        CHECK(*text == *routes);
    }
}

namespace {
/// A sales theme of `n` stages in a chain; with `back`, each also jumps back
/// to the first.
Theme chain_theme(int n, bool back) {
    Theme t;
    t.id.value = "big";
    t.name.value = "Big";
    t.type.value = ThemeType::Sales;
    for (int i = 0; i < n; ++i) {
        Stage s;
        s.id.value = "s" + std::to_string(i);
        s.name.value = "S" + std::to_string(i);
        if (i + 1 < n) {
            Transition next;
            next.to.value = "s" + std::to_string(i + 1);
            s.next.push_back(next);
            Transition to_first;
            to_first.to.value = "s0";
            if (back && i > 0) s.next.push_back(to_first);
        }
        t.stages.push_back(s);
    }
    return t;
}
}  // namespace

TEST_CASE("paths: a chain of 20,000 stages is one route, found in linear time") {
    std::string why;
    const auto text = paths_scenario(chain_theme(20000, false), "big.yaml", 0, why);
    REQUIRE(text);
    CHECK(text->find("do: move, to: s19999") != std::string::npos);
    // One route through the chain to win, one deal lost at the first stage.
    CHECK(text->find("P-2") != std::string::npos);
    CHECK(text->find("P-3") == std::string::npos);
}

TEST_CASE("paths: routes longer than the cap are refused with a reason") {
    // Every back transition needs its own route of up to n moves: ~n^2/2 in all.
    std::string why;
    const auto text = paths_scenario(chain_theme(2000, true), "big.yaml", 0, why);
    CHECK_FALSE(text);
    CHECK(why.find("more than 200000 moves") != std::string::npos);
    CHECK(why.find("2000 stages") != std::string::npos);
}
