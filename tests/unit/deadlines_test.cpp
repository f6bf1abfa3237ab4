// Deadlines against max_duration over all seven start weekdays: each table
// row gives, for Monday..Sunday, what the check must answer.
#include "check/deadlines.h"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "i18n/lang.h"
#include "load/theme_loader.h"
#include "test_support.h"

using namespace reltheme;

namespace {

/// "0111100": one character per weekday, Monday first.
std::string mask_text(WeekdaySet days) {
    std::string out;
    for (int w = 0; w < k_weekdays; ++w) out += days.test(w) ? '1' : '0';
    return out;
}

/// A sales theme with one stage of `deadline` and `max_duration`.
std::string one_stage(const std::string& deadline, const std::string& max) {
    return fmt::format(R"(reltheme: 1
id: t
name: Т
type: sales
max_duration: {}
stages:
  - id: only
    name: Единственный
    deadline: {}
)",
                       max, deadline);
}

constexpr Minutes k_hour = 60;
constexpr Minutes k_day = k_minutes_per_day;

}  // namespace

TEST_CASE("one stage against max_duration on every start weekday") {
    struct Row {
        const char* deadline;
        const char* max;
        const char* over;  // Monday..Sunday: 1 where the stage ends after max_duration
    };
    const Row rows[] = {
        {"4bd", "5d", "0111100"},  // Tuesday..Friday cross a weekend: 6 days
        {"5bd", "7d", "0000000"},  // five business days never take more than a week
        {"5bd", "1w", "0000000"},  {"6bd", "1w", "1111111"},  // at least 8 days from any weekday
        {"2bd", "48h", "0001110"},  // Thursday..Saturday reach past the weekend
        {"48h", "2bd", "0000000"},  // calendar hours never outlast business days
        {"1bd", "1d", "0000110"},   // Friday and Saturday wait for Monday
        {"3d", "2bd", "1110001"},   // Monday..Wednesday and Sunday: 2bd is 2 days
        {"30d", "30d", "0000000"},  // equal is not longer
        {"31d", "30d", "1111111"}, {"20bd", "4w", "0000000"},
        {"21bd", "4w", "1111111"}, {"25h", "1d", "1111111"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.deadline);
        CAPTURE(row.max);
        const Theme theme = test::load_theme_text(one_stage(row.deadline, row.max));
        const DeadlineModel model(theme);
        const auto overruns = stage_overruns(model);
        const WeekdaySet days = overruns.empty() ? WeekdaySet() : overruns.front().days;
        CHECK(mask_text(days) == row.over);
    }
}

TEST_CASE("the quickest route depends on the start weekday") {
    // `a` takes 3 business days, `b` 92 hours: from Monday, Tuesday or Sunday
    // `a` is quicker (3 days), from Wednesday to Saturday `b` is (a weekend
    // stretches `a` to 4 or 5 days). Neither stage alone is over 100 hours on
    // every weekday, so the routes are the routes' own findings.
    const std::string text = R"(reltheme: 1
id: t
name: Т
type: sales
max_duration: 100h
stages:
  - id: new
    name: Новый
    deadline: 1h
    next: [a, b]
  - id: a
    name: А
    deadline: 3bd
    next: [done]
  - id: b
    name: Б
    deadline: 92h
    next: [done]
  - id: done
    name: Готово
    deadline: 20h
)";
    const Theme theme = test::load_theme_text(text);
    const DeadlineModel model(theme);
    const auto routes = fastest_routes(model);
    struct Row {
        const char* route;
        Minutes hours;
        bool over;
    };
    const Row rows[k_weekdays] = {
        {"new → a → done", 93, false},  // Monday
        {"new → a → done", 93, false},  // Tuesday
        {"new → b → done", 113, true},  // Wednesday: `a` would end on Monday
        {"new → b → done", 113, true},  // Thursday
        {"new → b → done", 113, true},  // Friday
        {"new → b → done", 113, true},  // Saturday: `a` would take 4 days
        {"new → a → done", 93, false},  // Sunday
    };
    for (int w = 0; w < k_weekdays; ++w) {
        CAPTURE(w);
        REQUIRE(routes[w].has_value());
        CHECK(route_text(theme, routes[w]->stages) == rows[w].route);
        CHECK(routes[w]->length() == rows[w].hours * k_hour);
        CHECK(routes[w]->allowed() == 100 * k_hour);
        CHECK(routes[w]->exceeds() == rows[w].over);
    }
    const DeadlineFindings found = find_deadline_findings(theme, true);
    CHECK(mask_text(found.fastest_days) == "0011110");
    // On the other days the quick route fits but `b` does not: the slowest
    // route is the finding there.
    CHECK(mask_text(found.slowest_days) == "1100001");
    for (const int w : {0, 1, 6}) {
        CAPTURE(w);
        REQUIRE(found.slowest.by_weekday[w].has_value());
        CHECK(route_text(theme, found.slowest.by_weekday[w]->stages) == "new → b → done");
        CHECK(found.slowest.by_weekday[w]->length() == 113 * k_hour);
    }
}

TEST_CASE("the slowest loop-free route and the weekdays it is too long on") {
    // new → intro → proposal → done is the slow way (a loop back to intro is
    // not followed); new → fast → done always fits.
    const std::string text = R"(reltheme: 1
id: t
name: Т
type: sales
max_duration: 30d
stages:
  - id: new
    name: Новый
    deadline: 1d
    next: [intro, fast]
  - id: intro
    name: Знакомство
    deadline: 12bd
    next: [proposal]
  - id: proposal
    name: КП
    deadline: 10d
    next: [done, intro]
  - id: fast
    name: Быстро
    deadline: 2d
    next: [done]
  - id: done
    name: Готово
    deadline: 3d
)";
    const Theme theme = test::load_theme_text(text);
    const DeadlineModel model(theme);
    const auto slowest = slowest_routes(model, {});
    CHECK(slowest.complete);
    // Days the slow route takes from each start weekday: the first stage
    // moves the start of `intro` on by one day, and 12bd from there is 16
    // days, 17 from a Saturday, 18 from a Thursday or Friday.
    const Minutes lengths[k_weekdays] = {30, 30, 32, 32, 31, 30, 30};
    for (int w = 0; w < k_weekdays; ++w) {
        CAPTURE(w);
        if (lengths[w] <= 30) {
            CHECK_FALSE(slowest.by_weekday[w].has_value());
            continue;
        }
        REQUIRE(slowest.by_weekday[w].has_value());
        CHECK(route_text(theme, slowest.by_weekday[w]->stages) == "new → intro → proposal → done");
        CHECK(slowest.by_weekday[w]->length() == lengths[w] * k_day);
    }
    const DeadlineFindings found = find_deadline_findings(theme, true);
    CHECK(found.fastest_days.none());
    CHECK(mask_text(found.slowest_days) == "0011100");
}

TEST_CASE("where a deal ends depends on the close policy") {
    const std::string base = R"(reltheme: 1
id: t
name: Т
type: sales
max_duration: 30d
stages:
  - id: new
    name: Новый
    deadline: 1d
    next: [pay]
  - id: pay
    name: Оплата
    role: payment
    deadline: 2d
    next: [ship]
  - id: ship
    name: Отгрузка
    deadline: 5d
parameters:
  close: )";
    struct Row {
        const char* close;
        const char* route;
        Minutes days;
    };
    const Row rows[] = {
        {"on-outcome", "new → pay → ship", 8},      // the final stage's deadline counts
        {"on-final-stage", "new → pay → ship", 3},  // closed on entering `ship`
        {"on-payment", "new → pay", 3},             // closed once paid at `pay`
    };
    for (const auto& row : rows) {
        CAPTURE(row.close);
        const Theme theme = test::load_theme_text(base + row.close + "\n");
        const DeadlineModel model(theme);
        const auto fastest = fastest_routes(model);
        for (int w = 0; w < k_weekdays; ++w) {
            REQUIRE(fastest[w].has_value());
            CHECK(route_text(theme, fastest[w]->stages) == row.route);
            CHECK(fastest[w]->length() == row.days * k_day);
        }
    }
}

TEST_CASE("one mistake is reported by one deadline rule") {
    SUBCASE("a stage too long on every weekday explains the routes through it") {
        const Theme theme = test::load_theme_text(R"(reltheme: 1
id: t
name: Т
type: sales
max_duration: 10d
stages:
  - {id: new, name: Новый, deadline: 1d, next: [big]}
  - {id: big, name: Большой, deadline: 11d, next: [done]}
  - {id: done, name: Готово, deadline: 1d}
)");
        const DeadlineFindings found = find_deadline_findings(theme, true);
        REQUIRE(found.overruns.size() == 1);
        CHECK(found.overruns.front().days.all());
        CHECK(found.fastest_days.none());
        CHECK(found.slowest_days.none());
    }
    SUBCASE("a stage too long on some weekdays does not explain a route too long on all") {
        const Theme theme = test::load_theme_text(R"(reltheme: 1
id: t
name: Т
type: sales
max_duration: 5d
stages:
  - {id: new, name: Новый, deadline: 4bd, next: [done]}
  - {id: done, name: Готово, deadline: 2d}
)");
        const DeadlineFindings found = find_deadline_findings(theme, true);
        REQUIRE(found.overruns.size() == 1);
        CHECK(mask_text(found.overruns.front().days) == "0111100");
        // Tuesday..Friday are explained by the stage; Monday, Saturday and
        // Sunday are not, so the route is reported, on every weekday: an error.
        CHECK(mask_text(found.fastest_shown) == "1000011");
        CHECK(found.fastest_days.all());
        CHECK(found.slowest_days.none());  // already said by fastest-path
    }
    SUBCASE("a route late only where its first stage is already too long is not reported") {
        // 8bd is 12 days from Wednesday to Friday, 11 from Saturday, 10
        // otherwise; the final stage has no deadline.
        const Theme theme = test::load_theme_text(R"(reltheme: 1
id: t
name: Т
type: sales
max_duration: 10d
stages:
  - {id: new, name: Новый, deadline: 8bd, next: [done]}
  - {id: done, name: Готово}
)");
        const DeadlineFindings found = find_deadline_findings(theme, true);
        REQUIRE(found.overruns.size() == 1);
        CHECK(mask_text(found.overruns.front().days) == "0011110");
        CHECK(found.fastest_shown.none());
        CHECK(found.fastest_days.none());
        CHECK(found.slowest_days.none());
    }
}

TEST_CASE("the loop-free route search stops at its budget") {
    // Every stage leads to every later one, the nearest last: 2^18 routes,
    // the short ones first.
    std::string text = "reltheme: 1\nid: t\nname: Т\ntype: sales\nmax_duration: 30d\nstages:\n";
    const int n = 20;
    for (int i = 0; i < n; ++i) {
        text += fmt::format("  - id: s{}\n    name: Этап {}\n    deadline: 2d\n", i, i);
        if (i + 1 < n) {
            text += "    next: [";
            for (int j = n - 1; j > i; --j) text += fmt::format("{}s{}", j < n - 1 ? ", " : "", j);
            text += "]\n";
        }
    }
    const Theme theme = test::load_theme_text(text);
    const DeadlineModel model(theme);
    const auto small = slowest_routes(model, {}, 5);
    CHECK_FALSE(small.complete);
    const auto full = slowest_routes(model, {});
    CHECK(full.complete);
    for (int w = 0; w < k_weekdays; ++w) CHECK(full.by_weekday[w]->length() == 40 * k_day);
}

TEST_CASE("weekday lists and lengths read as English") {
    CHECK(weekday_list(WeekdaySet("0000001")) == "Monday");
    CHECK(weekday_list(WeekdaySet("0011000")) == "Thursday or Friday");
    CHECK(weekday_list(WeekdaySet("1000011")) == "Monday, Tuesday or Sunday");
    CHECK(format_span(31 * k_day) == "31 days");
    CHECK(format_span(k_day + 4 * k_hour) == "1 day 4 hours");
    CHECK(format_span(45) == "45 minutes");
    CHECK(format_span(k_hour) == "1 hour");
    const i18n::ScopedLang ru(Lang::Ru);
    CHECK(weekday_list(WeekdaySet("1000011")) == "в понедельник, во вторник или в воскресенье");
    CHECK(format_span(k_day + 4 * k_hour) == "1 день 4 часа");
    CHECK(format_span(22 * k_day + 5 * k_hour + 21) == "22 дня 5 часов 21 минута");
    CHECK(format_span(0) == "0 минут");
}
