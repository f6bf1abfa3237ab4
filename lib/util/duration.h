#pragma once
/// Durations of the theme format (`30m`, `4h`, `3d`, `5bd`, `2w`) and calendar
/// arithmetic that keeps calendar and business (Monday–Friday) units apart.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reltheme {

enum class DurationUnit { Minutes, Hours, Days, BusinessDays, Weeks };

struct Duration {
    std::int64_t amount = 0;
    DurationUnit unit = DurationUnit::Days;

    bool is_business() const { return unit == DurationUnit::BusinessDays; }
    /// Length in minutes for calendar units; business days count 1440 each.
    std::int64_t calendar_minutes() const;
    /// Mean length in calendar days (a business day counts 7/5 of a day).
    double nominal_days() const;
    std::string to_string() const;
    friend bool operator==(const Duration&, const Duration&) = default;
};

/// The longest duration the format takes: 100 years of 365.25 days. Every
/// sum of durations a theme or model can make (a route, a simulated deal) stays
/// far inside the 64-bit minutes and fixed-point days the arithmetic uses.
inline constexpr std::int64_t k_max_duration_days = 36525;

/// The largest amount of `unit` within k_max_duration_days (5217w, 26089bd).
std::int64_t max_duration_amount(DurationUnit unit);

/// Why a text is not a duration, as parse_duration found it; the caller words
/// it in the run's language (load/node_reader.h, duration_error_text).
struct DurationError {
    enum class Kind {
        Fraction,         ///< `1.5d`: `shown` is its whole equivalent, `36h`
        InexactFraction,  ///< `1.3bd`, which has none
        NoNumber,         ///< `d`, `три дня`
        Space,            ///< `30 d`: `shown` is `30d`
        NoUnit,           ///< `30`
        UnknownUnit,      ///< `30x`
        Negative,         ///< `-3d`
        Zero,             ///< `0d`
        LeadingZero,      ///< `03d`: `shown` is `3d`
        TooLong,          ///< over 100 years: `shown` is the longest, `36524d`
    };
    Kind kind = Kind::NoNumber;
    std::string written;      ///< the text as given
    std::string shown;        ///< the duration the message names (see Kind)
    std::string replacement;  ///< the same duration spelt as the format spells it, when
                              ///< the text meant one exactly (a fix may write it)
};

/// Parses `<positive integer><unit>` (no leading zero, no space, at most
/// 100 years: max_duration_amount). On failure returns nullopt and sets
/// `error`, whose `replacement` is set when the text meant an exact duration
/// written otherwise (`36h` for `1.5d`, `30d` for `30 d`).
std::optional<Duration> parse_duration(std::string_view text, DurationError* error = nullptr);

/// Moments are minutes since 1970-01-01T00:00 (a Thursday) on a simulated
/// clock without time zones.
using Minutes = std::int64_t;
constexpr Minutes k_minutes_per_day = 1440;

/// Day of week of a moment: 0 = Monday ... 6 = Sunday.
int weekday_of(Minutes moment);

/// The current UTC time as a moment (whole minutes).
Minutes now_utc();

/// A moment as days (fractions included) since Monday 1970-01-05 00:00, the
/// clock of the Monte Carlo and the forecast (simulate/chain.h).
double days_since_first_monday(Minutes moment);

/// The moment `d` after `start`. Business days step one calendar day at a
/// time and count the days that land on Monday–Friday, keeping the time of day:
/// 1bd from Friday 10:00 is Monday 10:00, from Saturday 10:00 Monday 10:00.
Minutes advance(Minutes start, const Duration& d);

/// A moment on Monday of the first week of 2024 plus `weekday` days at 09:00,
/// used where checks try every start weekday.
Minutes reference_start(int weekday);

}  // namespace reltheme
