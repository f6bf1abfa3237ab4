#include "simulate/markov.h"

#include <doctest/doctest.h>

using namespace reltheme;

namespace {

ChainStage stage(const char* id, double mean_days, double lost, double won,
                 std::vector<int> next = {}, std::vector<double> prob = {}) {
    ChainStage s;
    s.id = id;
    s.duration.kind = DistKind::Fixed;
    s.duration.a = mean_days;
    s.lost = lost;
    s.won = won;
    s.final = next.empty();
    s.next = std::move(next);
    s.next_prob = std::move(prob);
    return s;
}

}  // namespace

TEST_CASE("invert: a known inverse and singular matrices refused") {
    const Matrix a = {{4, 7}, {2, 6}};
    const auto inv = invert(a);
    REQUIRE(inv);
    CHECK((*inv)[0][0] == doctest::Approx(0.6));
    CHECK((*inv)[0][1] == doctest::Approx(-0.7));
    CHECK((*inv)[1][0] == doctest::Approx(-0.2));
    CHECK((*inv)[1][1] == doctest::Approx(0.4));
    // Needs a row swap: the first pivot is 0.
    const auto p = invert({{0, 1}, {1, 0}});
    REQUIRE(p);
    CHECK((*p)[0][1] == doctest::Approx(1));
    CHECK_FALSE(invert({{1, 2}, {2, 4}}));
}

TEST_CASE("a straight chain: win = product of staying - time = visits x means") {
    // a (2 days, lost 0.5) -> b (4 days, final, lost 0.2).
    Chain c;
    c.stages = {stage("a", 2, 0.5, 0, {1}, {0.5}), stage("b", 4, 0.2, 0.8)};
    std::string error;
    const auto m = analyze_chain(c, error);
    REQUIRE(m);
    CHECK(m->win_probability[0] == doctest::Approx(0.4));
    CHECK(m->win_probability[1] == doctest::Approx(0.8));
    CHECK(m->expected_visits[1] == doctest::Approx(0.5));
    CHECK(m->expected_days[0] == doctest::Approx(4.0));  // 2 + 0.5 x 4
    CHECK(m->lost_at[0] == doctest::Approx(0.5));
    CHECK(m->lost_at[1] == doctest::Approx(0.1));
}

TEST_CASE("a chain with a loop computed by hand") {
    // a -> b always; b -> a 0.3, b -> c 0.6, lost 0.1; c final, always won.
    // Visits: v_a = 1 + 0.3 v_b, v_b = v_a  =>  v_a = v_b = 1/0.7, v_c = 0.6/0.7.
    Chain c;
    c.stages = {stage("a", 1, 0, 0, {1}, {1.0}), stage("b", 2, 0.1, 0, {0, 2}, {0.3, 0.6}),
                stage("c", 3, 0, 1)};
    std::string error;
    const auto m = analyze_chain(c, error);
    REQUIRE(m);
    CHECK(m->expected_visits[0] == doctest::Approx(10.0 / 7));
    CHECK(m->expected_visits[1] == doctest::Approx(10.0 / 7));
    CHECK(m->expected_visits[2] == doctest::Approx(6.0 / 7));
    CHECK(m->win_probability[0] == doctest::Approx(6.0 / 7));
    CHECK(m->expected_days[0] == doctest::Approx(48.0 / 7));  // 10/7 + 20/7 + 18/7
    CHECK(m->lost_at[1] == doctest::Approx(1.0 / 7));
    // Every row of B sums to 1.
    for (const auto& row : m->b) {
        double sum = 0;
        for (double x : row) sum += x;
        CHECK(sum == doctest::Approx(1.0));
    }
}

TEST_CASE("a trap loop makes I - Q singular") {
    Chain c;
    c.stages = {stage("a", 1, 0, 0, {1}, {1.0}), stage("b", 1, 0, 0, {0}, {1.0})};
    std::string error;
    CHECK_FALSE(analyze_chain(c, error));
    CHECK(error.find("singular") != std::string::npos);
}

TEST_CASE("mean calendar days of business durations average over the week") {
    Distribution d;
    d.kind = DistKind::Fixed;
    d.business = true;
    d.a = 3;
    // From Mon, Tue: 3 days; Wed, Thu, Fri: 5; Sat: 4 (counts from Friday); Sun: 3.
    CHECK(mean_calendar_days(d) == doctest::Approx(28.0 / 7).epsilon(1e-9));
    d.a = 5;  // a whole week from any weekday; 6 from Saturday, 5 from Sunday
    CHECK(mean_calendar_days(d) == doctest::Approx(46.0 / 7).epsilon(1e-9));
}
