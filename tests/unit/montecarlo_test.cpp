#include "simulate/montecarlo.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>

#include "report/sim_report.h"
#include "simulate/histogram.h"
#include "simulate/markov.h"
#include "simulate/theme_input.h"
#include "test_support.h"

using namespace reltheme;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> sample_models() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "samples/models")) {
        if (e.path().extension() == ".yaml") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

Chain chain_of(const fs::path& model) {
    ModelInput in =
        load_model_input(model, std::nullopt, structural_themes(YamlLimits{}), YamlLimits{});
    REQUIRE_MESSAGE(in.chain, model.string());
    return *in.chain;
}

}  // namespace

TEST_CASE("Monte Carlo agrees with analyze on every sample model") {
    const auto models = sample_models();
    REQUIRE(models.size() >= 4);
    for (const auto& path : models) {
        CAPTURE(path.string());
        const Chain chain = chain_of(path);
        std::string error;
        const auto exact = analyze_chain(chain, error);
        REQUIRE(exact);
        McOptions options;
        options.deals = 200000;
        options.seed = 7;
        options.jobs = 2;
        const McReport mc = run_monte_carlo(chain, options);
        // The exact win probability lies in the reported 95% interval.
        CHECK(mc.ci_low <= exact->win_probability[0]);
        CHECK(exact->win_probability[0] <= mc.ci_high);
        // Visits and losses by stage, and the mean time to close: within a
        // few standard errors (business days make the mean approximate).
        for (std::size_t i = 0; i < chain.stages.size(); ++i) {
            CAPTURE(chain.stages[i].id);
            CHECK(mc.stages[i].visits_per_deal ==
                  doctest::Approx(exact->expected_visits[i]).epsilon(0.02));
            CHECK(std::fabs(mc.stages[i].lost_share - exact->lost_at[i]) < 0.006);
        }
        CHECK(mc.days_to_close.mean == doctest::Approx(exact->expected_days[0]).epsilon(0.02));
    }
}

TEST_CASE("the same seed gives the same report byte for byte with 1 and 2 and 8 threads") {
    for (const auto& path : sample_models()) {
        CAPTURE(path.string());
        const Chain chain = chain_of(path);
        std::string first;
        for (int jobs : {1, 2, 8}) {
            McOptions options;
            options.deals = 50001;  // not a multiple of the block size
            options.seed = 42;
            options.jobs = jobs;
            const std::string text = mc_json(run_monte_carlo(chain, options), {"t", "m"}).dump(2);
            if (first.empty()) first = text;
            CHECK(text == first);
        }
        McOptions other;
        other.deals = 50001;
        other.seed = 43;
        CHECK(mc_json(run_monte_carlo(chain, other), {"t", "m"}).dump(2) != first);
    }
}

TEST_CASE("histogram percentiles stay within the documented relative error") {
    std::mt19937_64 rng(3);
    std::lognormal_distribution<double> dist(1.0, 1.2);
    std::vector<double> values;
    DurationHistogram h;
    for (int i = 0; i < 100000; ++i) {
        const double v = dist(rng);
        values.push_back(v);
        h.add_days(v);
    }
    std::sort(values.begin(), values.end());
    for (double p : {0.01, 0.5, 0.9, 0.99, 0.999}) {
        const std::size_t rank = static_cast<std::size_t>(std::ceil(p * values.size()));
        const double exact = values[rank - 1];
        CHECK(std::fabs(h.quantile_days(p) - exact) / exact <= 1.0 / 2048 + 1e-12);
    }
    CHECK(DurationHistogram::bin_of(0.25) == 0);
    CHECK(DurationHistogram::bin_of(1e30) == DurationHistogram::k_bins - 1);
}

TEST_CASE("Wilson interval") {
    double lo = 0, hi = 0;
    wilson_interval(50, 100, lo, hi);
    CHECK(lo == doctest::Approx(0.4038).epsilon(1e-3));
    CHECK(hi == doctest::Approx(0.5962).epsilon(1e-3));
    wilson_interval(0, 10, lo, hi);
    CHECK(lo == 0);
    CHECK(hi > 0.2);
}

TEST_CASE("pipeline forecast: reads the CSV - reports bad lines and forecasts wins") {
    const Chain chain = chain_of(test::source_dir() / "samples/models/standard.yaml");
    DiagnosticSink sink("open.csv");
    const auto deals =
        parse_pipeline(SourceText("open.csv",
                                  "deal,stage,days\nD-1,payment,1\n\"D,2\",shipment,0.5\n"
                                  "# a comment\nD-3,intro,2\n"),
                       chain, sink);
    REQUIRE(deals);
    REQUIRE(deals->size() == 3);
    CHECK((*deals)[1].id == "D,2");
    ForecastOptions fo;
    fo.runs = 4000;
    fo.horizon_days = 30;
    fo.jobs = 2;
    const Forecast f = run_forecast(chain, *deals, fo);
    // A deal in shipment always wins (no loss there) and within 4 days.
    CHECK(f.win_probability[1] == doctest::Approx(1.0));
    CHECK(f.win_probability[0] == doctest::Approx(0.95).epsilon(0.03));
    CHECK(f.p10 <= f.p50);
    CHECK(f.p50 <= f.p90);
    fo.jobs = 1;
    CHECK(forecast_json(run_forecast(chain, *deals, fo), *deals, chain, {}).dump() ==
          forecast_json(f, *deals, chain, {}).dump());

    DiagnosticSink bad("bad.csv");
    CHECK_FALSE(parse_pipeline(SourceText("bad.csv", "D-1,propsal,1\nD-2,intro,-3\nD-3,intro\n"),
                               chain, bad));
    REQUIRE(bad.items().size() == 3);
    CHECK(bad.items()[0].rule == "unknown-stage");
    CHECK(bad.items()[0].message.find("did you mean \"proposal\"") != std::string::npos);
    CHECK(bad.items()[0].range.begin == Position{1, 5});
    CHECK(bad.items()[1].range.begin == Position{2, 11});
}

TEST_CASE("pipeline CSV: a header after comments, decimal days only, a deal listed once") {
    const Chain chain = chain_of(test::source_dir() / "samples/models/standard.yaml");
    DiagnosticSink sink("open.csv");
    const auto deals = parse_pipeline(
        SourceText("open.csv",
                   "# exported 2026-03-02\n\ndeal;stage;days in stage\nD-1;intro;2,5\n"
                   "D-2;payment;3\n"),
        chain, sink);
    CHECK(sink.items().empty());
    REQUIRE(deals);
    REQUIRE(deals->size() == 2);
    CHECK((*deals)[0].days_in_stage == 2.5);
    CHECK((*deals)[1].days_in_stage == 3);

    DiagnosticSink bad("bad.csv");
    CHECK_FALSE(parse_pipeline(SourceText("bad.csv",
                                          "D-1,intro,0x10\nD-2,intro,1e2\n"
                                          "D-3,intro,-1\nD-4,intro,1\nD-4,payment,2\n"),
                               chain, bad));
    std::vector<std::string> seen;
    for (const auto& d : bad.items()) {
        seen.push_back(fmt::format("{}:{}: {}[{}]: {}", d.range.begin.line, d.range.begin.column,
                                   to_string(d.severity), d.rule, d.message));
    }
    CHECK(seen == std::vector<std::string>{
                      "1:11: error[schema]: days in stage must be a decimal number of days, 0 or "
                      "more (like 3 or 2.5), not \"0x10\"",
                      "2:11: error[schema]: days in stage must be a decimal number of days, 0 or "
                      "more (like 3 or 2.5), not \"1e2\"",
                      "3:11: error[schema]: days in stage must be a decimal number of days, 0 or "
                      "more (like 3 or 2.5), not \"-1\"",
                      "5:1: error[duplicate-id]: deal \"D-4\" is listed twice (first on line 4); "
                      "each open deal is one line"});
}
