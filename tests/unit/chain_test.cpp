#include "simulate/chain.h"

#include <doctest/doctest.h>

#include <cmath>

#include "load/theme_loader.h"
#include "simulate/model.h"
#include "test_support.h"
#include "util/duration.h"

using namespace reltheme;

namespace {

std::optional<Chain> chain_of(const Theme& t, const std::string& model,
                              std::vector<Diagnostic>* out = nullptr) {
    DiagnosticSink sink("m.yaml");
    auto m = load_model(SourceText("m.yaml", model), sink);
    std::optional<Chain> c;
    if (m) c = build_chain(t, *m, sink);
    if (out) *out = sink.items();
    return c;
}

const char* k_theme = R"(reltheme: 1
id: t
name: T
type: sales
stages:
  - {id: a, name: A, next: [b, {to: c, probability: 0.25}]}
  - {id: b, name: B, next: [{to: c, probability: 0.5}]}
  - {id: c, name: C}
)";

}  // namespace

TEST_CASE("business_advance agrees with util's advance for whole business days") {
    // Every start moment of a week, every 3 hours, against advance().
    for (int hour = 0; hour < 7 * 24; hour += 3) {
        for (long long k = 0; k <= 12; ++k) {
            // Day 4 since 1970-01-01 is a Monday: t = 0 in Monte Carlo days.
            const Minutes start = 4 * k_minutes_per_day + hour * 60;
            const Minutes expected =
                k == 0 ? start : advance(start, Duration{k, DurationUnit::BusinessDays});
            const double got = business_advance(hour / 24.0, k);
            CHECK(got * k_minutes_per_day + 4 * k_minutes_per_day ==
                  doctest::Approx(static_cast<double>(expected)));
        }
    }
    // Fractions lie between the whole-day moments: Friday 10:00 + 0.5bd.
    const double friday = 4 + 10.0 / 24;
    CHECK(business_advance(friday, 0.5) == doctest::Approx(friday + 1.5));
    CHECK(business_advance(friday, 1.0) == doctest::Approx(friday + 3));
}

TEST_CASE(
    "branch weights: the theme's with the rest shared evenly or lost and the model's replacing "
    "them") {
    const Theme t = test::load_theme_text(k_theme);
    auto c = chain_of(t, R"(reltheme-model: 1
stages:
  a: { duration: { dist: fixed, value: 1d }, lost: 0.2 }
  b: { duration: { dist: fixed, value: 1d } }
  c: { duration: { dist: fixed, value: 1d }, lost: 0.1 }
)");
    REQUIRE(c);
    // a: b has no weight and takes the rest, 0.75, of the 0.8 that stays.
    CHECK(c->stages[0].lost == doctest::Approx(0.2));
    CHECK(c->stages[0].next_prob[0] == doctest::Approx(0.8 * 0.75));
    CHECK(c->stages[0].next_prob[1] == doctest::Approx(0.8 * 0.25));
    // b: every entry has a weight; the missing 0.5 closes as lost.
    CHECK(c->stages[1].lost == doctest::Approx(0.5));
    CHECK(c->stages[2].won == doctest::Approx(0.9));
    CHECK(c->stages[2].final);

    auto d = chain_of(t, R"(reltheme-model: 1
stages:
  a: { duration: { dist: fixed, value: 1d }, next: { c: 0.9 } }
  b: { duration: { dist: fixed, value: 1d } }
  c: { duration: { dist: fixed, value: 1d } }
)");
    REQUIRE(d);
    CHECK(d->stages[0].next_prob[0] == doctest::Approx(0.1));  // b shares what the model left
    CHECK(d->stages[0].next_prob[1] == doctest::Approx(0.9));
}

TEST_CASE("a model that does not fit its theme is reported where it is wrong") {
    const Theme t = test::load_theme_text(k_theme);
    std::vector<Diagnostic> ds;
    CHECK_FALSE(chain_of(t, R"(reltheme-model: 1
stages:
  a: { duration: { dist: fixed, value: 1d }, next: { d: 0.5 } }
  bb: { duration: { dist: fixed, value: 1d } }
  c: { duration: { dist: fixed, value: 1d } }
)",
                         &ds));
    REQUIRE(ds.size() == 3);
    CHECK(ds[0].rule == "unknown-stage");
    CHECK(ds[0].message.find("did you mean \"b\"") != std::string::npos);
    CHECK(ds[0].range.begin == Position{4, 3});
    CHECK(ds[1].message.find("does not lead to \"d\"") != std::string::npos);
    CHECK(ds[2].message.find("no duration for stage b") != std::string::npos);

    CHECK_FALSE(chain_of(t, R"(reltheme-model: 1
stages:
  a: { duration: { dist: lognormal, median: 2d, p90: 1d } }
  b: { duration: { dist: uniform, min: 1bd, max: 3d } }
  c: { duration: { dist: gamma, mean: 1d } }
)",
                         &ds));
    REQUIRE(ds.size() == 3);
    CHECK(ds[0].message.find("p90") != std::string::npos);
    CHECK(ds[1].message.find("not a mix") != std::string::npos);
    CHECK(ds[2].message.find("allowed: fixed, uniform, triangular, exponential, lognormal") !=
          std::string::npos);
}

TEST_CASE("a loop deals never leave is refused") {
    const Theme t = test::load_theme_text(R"(reltheme: 1
id: t
name: T
type: sales
stages:
  - {id: a, name: A, next: [b]}
  - {id: b, name: B, next: [a, c]}
  - {id: c, name: C}
)");
    std::vector<Diagnostic> ds;
    CHECK_FALSE(chain_of(t, R"(reltheme-model: 1
stages:
  a: { duration: { dist: fixed, value: 1d } }
  b: { duration: { dist: fixed, value: 1d }, next: { a: 1 } }
  c: { duration: { dist: fixed, value: 1d } }
)",
                         &ds));
    REQUIRE_FALSE(ds.empty());
    CHECK(ds[0].message.find("never close") != std::string::npos);
}

TEST_CASE("distributions: quantiles and cdf and means") {
    Distribution d;
    d.kind = DistKind::Triangular;
    d.a = 1, d.c = 2, d.b = 4;
    CHECK(d.mean() == doctest::Approx(7.0 / 3));
    for (double u : {0.1, 0.33, 0.5, 0.9}) CHECK(d.cdf(d.quantile(u)) == doctest::Approx(u));
    d.kind = DistKind::Lognormal;
    d.a = 2, d.b = 6;
    CHECK(d.quantile(0.5) == doctest::Approx(2));
    CHECK(d.quantile(0.9) == doctest::Approx(6).epsilon(1e-6));
    CHECK(d.cdf(6) == doctest::Approx(0.9));
    d.kind = DistKind::Exponential;
    d.a = 3;
    CHECK(d.quantile(1 - std::exp(-1.0)) == doctest::Approx(3));
    CHECK(normal_quantile(0.975) == doctest::Approx(1.959963985).epsilon(1e-8));
    CHECK(normal_quantile(0.001) == doctest::Approx(-3.090232306).epsilon(1e-8));
}
