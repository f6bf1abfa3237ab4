#include "simulate/clock.h"

#include <doctest/doctest.h>

using namespace reltheme;

TEST_CASE("parse_moment reads dates and times and rejects impossible ones") {
    const auto t = parse_moment("2026-03-02T09:00");
    REQUIRE(t);
    CHECK(format_moment(*t) == "2026-03-02 09:00");
    CHECK(std::string(weekday_name(*t)) == "Mon");
    CHECK(parse_moment("2026-03-02 09:00") == t);
    CHECK(*parse_moment("2026-03-02") == *t - 9 * 60);
    CHECK(parse_moment("1970-01-01T00:00") == 0);
    CHECK(format_moment_iso(*parse_moment("2024-02-29T23:59")) == "2024-02-29T23:59");
    std::string why;
    CHECK_FALSE(parse_moment("2026-02-29", &why));
    CHECK(why.find("not a real date") != std::string::npos);
    CHECK_FALSE(parse_moment("2026-13-01"));
    CHECK_FALSE(parse_moment("2026-03-02T24:00"));
    CHECK_FALSE(parse_moment("02.03.2026"));
    CHECK_FALSE(parse_moment("2026-03-02T9:00"));
}

TEST_CASE("parse_time takes offsets from start - business days skipping weekends") {
    const Minutes start = *parse_moment("2026-03-06T10:00");  // a Friday
    CHECK(parse_time("+0h", start) == start);
    CHECK(parse_time("+4h", start) == start + 240);
    CHECK(format_moment(*parse_time("+1bd", start)) == "2026-03-09 10:00");
    CHECK(format_moment(*parse_time("+3d", start)) == "2026-03-09 10:00");
    CHECK(format_moment(*parse_time("+1w", start)) == "2026-03-13 10:00");
    CHECK(format_moment(*parse_time("2026-04-01T12:30", start)) == "2026-04-01 12:30");
    std::string why;
    CHECK_FALSE(parse_time("+3x", start, &why));
    CHECK(why.find("offset") != std::string::npos);
    CHECK_FALSE(parse_time("3d", start));
}
