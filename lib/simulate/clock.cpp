#include "simulate/clock.h"
#include "i18n/messages.h"
#include "load/node_reader.h"

#include <charconv>

#include <fmt/format.h>

namespace reltheme {
namespace {

bool read_int(std::string_view text, std::size_t pos, std::size_t len, int& out) {
    if (pos + len > text.size()) return false;
    for (std::size_t i = pos; i < pos + len; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    std::from_chars(text.data() + pos, text.data() + pos + len, out);
    return true;
}

void civil_from_days(long long z, int& y, int& m, int& d) {
    // Howard Hinnant's algorithm.
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long yy = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yy + (m <= 2));
}

int days_in_month(int y, int m) {
    static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : k_days[m - 1];
}

}  // namespace

long long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy =
        (153 * static_cast<unsigned>(m > 2 ? m - 3 : m + 9) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

std::optional<Minutes> parse_moment(std::string_view text, std::string* error) {
    auto fail = [&]() -> std::optional<Minutes> {
        if (error) *error = i18n::message("clock.moment-form");
        return std::nullopt;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    if (text.size() < 10 || !read_int(text, 0, 4, y) || text[4] != '-' ||
        !read_int(text, 5, 2, mo) || text[7] != '-' || !read_int(text, 8, 2, d)) {
        return fail();
    }
    if (text.size() > 10) {
        if (text.size() != 16 || (text[10] != 'T' && text[10] != ' ') ||
            !read_int(text, 11, 2, h) || text[13] != ':' || !read_int(text, 14, 2, mi)) {
            return fail();
        }
    }
    if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59) {
        if (error) *error = i18n::message("clock.not-real", fmt::arg("time", i18n::quoted(text)));
        return std::nullopt;
    }
    return days_from_civil(y, mo, d) * k_minutes_per_day + h * 60 + mi;
}

std::optional<Minutes> parse_time(std::string_view text, Minutes start, std::string* error) {
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        // `+0h`, `+0d`: zero is a valid offset though not a valid duration.
        std::size_t zeros = 0;
        while (zeros < text.size() && text[zeros] == '0') ++zeros;
        if (zeros > 0 && zeros < text.size() && (text[zeros] < '0' || text[zeros] > '9')) {
            const std::string_view unit = text.substr(zeros);
            if (unit == "m" || unit == "h" || unit == "d" || unit == "bd" || unit == "w")
                return start;
        }
        DurationError why;
        const auto d = parse_duration(text, &why);
        if (!d) {
            if (error)
                *error =
                    i18n::message("clock.offset-form", fmt::arg("why", duration_error_text(why)));
            return std::nullopt;
        }
        return advance(start, *d);
    }
    return parse_moment(text, error);
}

namespace {

struct Civil {
    int year = 0, month = 0, day = 0;
    long long minute = 0;  // of the day
};

Civil civil_of(Minutes m) {
    const long long day =
        m >= 0 ? m / k_minutes_per_day : -((-m + k_minutes_per_day - 1) / k_minutes_per_day);
    Civil c;
    c.minute = m - day * k_minutes_per_day;
    civil_from_days(day, c.year, c.month, c.day);
    return c;
}

}  // namespace

std::string format_moment(Minutes m) {
    const Civil c = civil_of(m);
    return i18n::message("moment", fmt::arg("year", fmt::format("{:04}", c.year)),
                         fmt::arg("month", fmt::format("{:02}", c.month)),
                         fmt::arg("day", fmt::format("{:02}", c.day)),
                         fmt::arg("hour", fmt::format("{:02}", c.minute / 60)),
                         fmt::arg("minute", fmt::format("{:02}", c.minute % 60)));
}

std::string format_moment_iso(Minutes m) {
    const Civil c = civil_of(m);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}", c.year, c.month, c.day, c.minute / 60,
                       c.minute % 60);
}

std::string weekday_name(Minutes m) {
    return i18n::weekday_short(weekday_of(m));
}

}  // namespace reltheme
