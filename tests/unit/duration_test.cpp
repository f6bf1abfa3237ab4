#include "util/duration.h"

#include <chrono>

#include <doctest/doctest.h>

#include "load/node_reader.h"

using namespace reltheme;

TEST_CASE("parse_duration reads every unit and rejects bad values") {
    CHECK(parse_duration("30m") == Duration{30, DurationUnit::Minutes});
    CHECK(parse_duration("4h") == Duration{4, DurationUnit::Hours});
    CHECK(parse_duration("3d") == Duration{3, DurationUnit::Days});
    CHECK(parse_duration("5bd") == Duration{5, DurationUnit::BusinessDays});
    CHECK(parse_duration("2w") == Duration{2, DurationUnit::Weeks});
    DurationError why;
    CHECK_FALSE(parse_duration("0d", &why));
    CHECK(why.kind == DurationError::Kind::Zero);
    CHECK(duration_error_text(why) == "a duration must be positive, not 0");
    CHECK_FALSE(parse_duration("-3d", &why));
    CHECK(why.kind == DurationError::Kind::Negative);
    CHECK_FALSE(parse_duration("3x", &why));
    CHECK(why.kind == DurationError::Kind::UnknownUnit);
    CHECK_FALSE(parse_duration("3", &why));
    CHECK_FALSE(parse_duration("d"));
    CHECK_FALSE(parse_duration("3 d"));
    CHECK_FALSE(parse_duration("1234567890d"));
    CHECK(parse_duration("2w")->to_string() == "2w");
}

TEST_CASE("the longest duration of every unit is 100 years and is accepted") {
    for (const char* text : {"36525d", "5217w", "26089bd", "876600h", "52596000m"}) {
        CAPTURE(text);
        const auto d = parse_duration(text);
        REQUIRE(d);
        CHECK(d->to_string() == text);
        CHECK(d->nominal_days() <= k_max_duration_days);
    }
}

TEST_CASE("parse_duration says what is wrong with a near miss and what to write instead") {
    struct Case {
        const char* text;
        const char* message;
        const char* replacement;
    };
    const Case cases[] = {
        {"1.5d", "durations are whole numbers: write 36h instead of 1.5d", "36h"},
        {"1,5d", "durations are whole numbers: write 36h instead of 1,5d", "36h"},
        {"1.5w", "durations are whole numbers: write 252h instead of 1.5w", "252h"},
        {"0.5h", "durations are whole numbers: write 30m instead of 0.5h", "30m"},
        {"0.25d", "durations are whole numbers: write 6h instead of 0.25d", "6h"},
        {"2.5bd", "durations are whole numbers, and 2.5bd has no exact whole equivalent; round it",
         ""},
        {"0.1m", "durations are whole numbers, and 0.1m has no exact whole equivalent; round it",
         ""},
        {"30 d", "write 30d without a space", "30d"},
        {"5\tbd", "write 5bd without a space", "5bd"},
        {"01d", "write 1d without the leading zero", "1d"},
        {"007bd", "write 7bd without the leading zero", "7bd"},
        {"00d", "a duration must be positive, not 0", ""},
        {"3 days", "unknown duration unit; use m, h, d, bd (business days) or w", ""},
        {"5218w", "a duration is at most 100 years (5217w)", ""},
        {"999999999w", "a duration is at most 100 years (5217w)", ""},
        {"99999999999999999999999d", "a duration is at most 100 years (36525d)", ""},
        {"26090bd", "a duration is at most 100 years (26089bd)", ""},
        {"876601h", "a duration is at most 100 years (876600h)", ""},
        {"52596001m", "a duration is at most 100 years (52596000m)", ""},
        // The whole equivalent of a fraction is no suggestion past the bound.
        {"36524.5d", "durations are whole numbers: write 876588h instead of 36524.5d", "876588h"},
        {"5217.9w",
         "durations are whole numbers, and 5217.9w has no exact whole equivalent; round it", ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        DurationError why;
        why.replacement = "unset";
        CHECK_FALSE(parse_duration(c.text, &why));
        CHECK(duration_error_text(why) == c.message);
        CHECK(why.written == c.text);
        CHECK(why.replacement == c.replacement);
    }
}

TEST_CASE("why a text is no duration is said in the run's language") {
    DurationError why;
    REQUIRE_FALSE(parse_duration("1,5d", &why));
    CHECK(why.kind == DurationError::Kind::Fraction);
    CHECK(why.replacement == "36h");
    {
        i18n::ScopedLang lang(Lang::Ru);
        CHECK(duration_error_text(why) ==
              "срок записывается целым числом: напишите 36h вместо 1,5d");
    }
    CHECK(duration_error_text(why) == "durations are whole numbers: write 36h instead of 1,5d");
}

TEST_CASE("weekday_of knows 1970-01-01 was a Thursday and 2024-01-01 a Monday") {
    CHECK(weekday_of(0) == 3);
    CHECK(weekday_of(reference_start(0)) == 0);
    CHECK(weekday_of(reference_start(6)) == 6);
    CHECK(weekday_of(-1) == 2);  // the Wednesday before
}

TEST_CASE("business days skip weekends from every start weekday") {
    // Calendar days that 1bd and 5bd take from Monday..Sunday 09:00.
    const int one[7] = {1, 1, 1, 1, 3, 2, 1};
    const int five[7] = {7, 7, 7, 7, 7, 6, 5};
    const int six[7] = {8, 8, 8, 8, 10, 9, 8};
    for (int wd = 0; wd < 7; ++wd) {
        CAPTURE(wd);
        const Minutes start = reference_start(wd);
        CHECK((advance(start, {1, DurationUnit::BusinessDays}) - start) / k_minutes_per_day ==
              one[wd]);
        CHECK((advance(start, {5, DurationUnit::BusinessDays}) - start) / k_minutes_per_day ==
              five[wd]);
        CHECK((advance(start, {6, DurationUnit::BusinessDays}) - start) / k_minutes_per_day ==
              six[wd]);
        // The time of day is kept, and the end is never on a weekend.
        const Minutes end = advance(start, {4, DurationUnit::BusinessDays});
        CHECK(end % k_minutes_per_day == 9 * 60);
        CHECK(weekday_of(end) < 5);
    }
    CHECK(advance(0, {3, DurationUnit::Hours}) == 180);
    CHECK(advance(0, {2, DurationUnit::Weeks}) == 14 * k_minutes_per_day);
}

TEST_CASE("large business-day counts are computed without stepping every day") {
    const Minutes start = reference_start(0);
    const Minutes end = advance(start, {999999999, DurationUnit::BusinessDays});
    CHECK(end > start);
    CHECK(weekday_of(end) < 5);
}

TEST_CASE("the simulation's clock counts days from Monday 1970-01-05") {
    CHECK(days_since_first_monday(4 * k_minutes_per_day) == 0.0);
    CHECK(days_since_first_monday(0) == -4.0);
    // Monday 2024-01-01 09:00 is a whole number of weeks and 9 hours after it.
    const double monday = days_since_first_monday(reference_start(0));
    CHECK(monday == 19719.0 + 9.0 / 24.0);
    CHECK(static_cast<long long>(monday) % 7 == 0);
    // Saturday 12:00 of that week.
    CHECK(days_since_first_monday(reference_start(5) + 3 * 60) == 19724.5);
}

TEST_CASE("now_utc is the system clock in whole minutes") {
    const auto before = std::chrono::duration_cast<std::chrono::minutes>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    const Minutes now = now_utc();
    const auto after = std::chrono::duration_cast<std::chrono::minutes>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    CHECK(now >= before);
    CHECK(now <= after);
}
