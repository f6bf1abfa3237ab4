// The commands agree on what a theme means: for every sample theme and model,
// and for generated themes covering every `close` policy x final-stage result
// x `after_close` value,
//  (a) where lint says no deal ever closes as won, analyze gives a win
//      probability of 0 and Monte Carlo no win;
//  (b) analyze's win probability lies inside Monte Carlo's 95% interval;
//  (c) every scenario `paths` writes runs through the engine clean and ends
//      in the state it promises.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "deal_life_fixture.h"
#include "simulate/clock.h"
#include "simulate/markov.h"
#include "simulate/montecarlo.h"
#include "simulate/paths.h"
#include "simulate/theme_input.h"
#include "test_support.h"
#include "util/file.h"

using namespace reltheme;
namespace fs = std::filesystem;

namespace {

struct Case {
    std::string name;
    std::string theme;  ///< theme text
    std::string model;  ///< model text, naming t.yaml
};

/// The generated themes: a route through a payment stage to a final stage
/// ending as `result`, a refusal stage, and a final stage reached around the
/// payment stage; and a route with no payment stage at all.
std::vector<Case> generated_cases() {
    std::vector<Case> out;
    const char* closes[] = {"on-outcome", "on-final-stage", "on-payment"};
    const char* results[] = {"success", "failure"};
    const char* afters[] = {"", "cancel", "keep"};
    for (const char* close : closes) {
        for (const char* result : results) {
            for (const char* after : afters) {
                Case c;
                c.name = std::string(close) + "/" + result + "/" + (*after ? after : "unset");
                c.theme = std::string(R"(reltheme: 1
id: gen
name: Gen
type: sales
stages:
  - {id: new, name: New, next: [offer]}
  - id: offer
    name: Offer
    next: [pay, {to: refused, probability: 0.2}, {to: pickup, probability: 0.1}]
  - {id: pay, name: Pay, role: payment, next: [done]}
  - {id: done, name: Done, result: )") +
                          result + R"(}
  - {id: refused, name: Refused, result: failure}
  - {id: pickup, name: Pickup}
outcomes:
  - {id: pricey, name: Pricey, result: failure, comment: required}
  - {id: upsell, name: Upsell, result: success}
parameters:
  close: )" + close + "\n";
                if (*after) {
                    c.theme += std::string("  after_close:\n    planned_activities: ") + after +
                               "\n    unpaid_invoices: " + after + "\n";
                }
                c.model = R"(stages:
  new:     { duration: { dist: fixed, value: 1d }, lost: 0.1 }
  offer:   { duration: { dist: uniform, min: 1d, max: 3d }, lost: 0.2 }
  pay:     { duration: { dist: exponential, mean: 2d }, lost: 0.15 }
  done:    { duration: { dist: fixed, value: 3d }, lost: 0.5 }
  refused: { duration: { dist: fixed, value: 1d } }
  pickup:  { duration: { dist: fixed, value: 2d }, lost: 0.3 }
)";
                out.push_back(c);
            }
        }
        Case c;
        c.name = std::string(close) + "/no-payment-stage";
        c.theme = std::string(R"(reltheme: 1
id: gen
name: Gen
type: sales
stages:
  - {id: new, name: New, next: [done]}
  - {id: done, name: Done}
outcomes:
  - {id: pricey, name: Pricey, result: failure}
parameters:
  close: )") + close +
                  "\n";
        c.model = R"(stages:
  new:  { duration: { dist: fixed, value: 1d }, lost: 0.25 }
  done: { duration: { dist: fixed, value: 1d }, lost: 0.25 }
)";
        out.push_back(c);
    }
    return out;
}

/// The sample themes with their models (a theme without a model gets none).
std::vector<Case> sample_cases() {
    std::vector<Case> out;
    std::string error;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "samples/themes")) {
        Case c;
        c.name = e.path().filename().string();
        c.theme = *read_file(e.path(), 1 << 20, error);
        const fs::path model = test::source_dir() / "samples/models" / e.path().filename();
        if (fs::exists(model)) {
            std::string text = *read_file(model, 1 << 20, error);
            // The chain is built from the theme given here; the model's own
            // `theme:` line is not followed.
            c.model = text.substr(text.find("stages:"));
        }
        out.push_back(c);
    }
    std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
    return out;
}

std::optional<Chain> chain_for(const Theme& t, const Case& c) {
    if (c.model.empty()) return std::nullopt;
    return test::chain_of(t, c.model);
}

/// Lint findings that say no deal of the theme ever closes as won, and the
/// stages lint says deals reaching them never close as won.
void never_wins(const Case& c, const Theme& t, bool& theme_never, std::vector<int>& stages) {
    theme_never = false;
    for (const auto& d : test::check_string(c.theme, true, "t.yaml")) {
        if (d.rule == "close-on-payment-without-payment-stage" ||
            (d.rule == "payment-not-on-every-route" &&
             d.message.find("no deal ever closes as won") != std::string::npos))
            theme_never = true;
        if (d.rule == "payment-not-on-every-route") {
            for (std::size_t i = 0; i < t.stages.size(); ++i) {
                if (t.stages[i].id.range.begin == d.range.begin)
                    stages.push_back(static_cast<int>(i));
            }
        }
    }
}

void check_case(const Case& c) {
    CAPTURE(c.name);
    const Theme t = test::load_theme_text(c.theme);
    if (const auto chain = chain_for(t, c)) {
        std::string error;
        const auto exact = analyze_chain(*chain, error);
        REQUIRE_MESSAGE(exact, error);
        McOptions options;
        options.deals = 40000;
        options.seed = 11;
        options.jobs = 2;
        const McReport mc = run_monte_carlo(*chain, options);
        // (a)
        bool theme_never = false;
        std::vector<int> stages;
        never_wins(c, t, theme_never, stages);
        if (theme_never) {
            CHECK(exact->win_probability[0] == 0.0);
            CHECK(mc.won == 0);
        }
        for (const int s : stages) {
            CAPTURE(t.stages[static_cast<std::size_t>(s)].id.value);
            CHECK(exact->win_probability[static_cast<std::size_t>(s)] == 0.0);
        }
        // (b)
        CHECK(mc.ci_low <= exact->win_probability[0]);
        CHECK(exact->win_probability[0] <= mc.ci_high);
    }
    // (c)
    std::string why;
    const auto text = paths_scenario(t, "t.yaml", *parse_moment("2026-03-02T09:00"), why);
    REQUIRE_MESSAGE(text, why);
    const ScenarioResult r = test::run_with_theme(t, *text);
    REQUIRE(r.loaded);
    for (const auto& x : r.expectations) {
        CAPTURE(x.expected);
        CAPTURE(x.actual);
        CHECK(x.passed);
    }
    CHECK(r.violations == 0);
}

}  // namespace

TEST_CASE("consistency: generated themes, every close policy x final result x after_close") {
    const auto cases = generated_cases();
    REQUIRE(cases.size() == 21);
    for (const auto& c : cases) check_case(c);
}

TEST_CASE("consistency: the sample themes and models") {
    const auto cases = sample_cases();
    REQUIRE(cases.size() >= 6);
    for (const auto& c : cases) check_case(c);
}
