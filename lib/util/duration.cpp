#include "util/duration.h"

#include <charconv>
#include <chrono>
#include <iterator>

#include <fmt/format.h>

namespace reltheme {
namespace {
constexpr std::string_view k_suffixes[] = {"m", "h", "d", "bd", "w"};
}  // namespace

std::int64_t Duration::calendar_minutes() const {
    switch (unit) {
        case DurationUnit::Minutes:
            return amount;
        case DurationUnit::Hours:
            return amount * 60;
        case DurationUnit::Days:
        case DurationUnit::BusinessDays:
            return amount * k_minutes_per_day;
        case DurationUnit::Weeks:
            return amount * 7 * k_minutes_per_day;
    }
    return 0;
}

std::int64_t max_duration_amount(DurationUnit unit) {
    switch (unit) {
        case DurationUnit::Minutes:
            return k_max_duration_days * k_minutes_per_day;
        case DurationUnit::Hours:
            return k_max_duration_days * 24;
        case DurationUnit::Days:
            return k_max_duration_days;
        case DurationUnit::BusinessDays:
            return k_max_duration_days * 5 / 7;  // five business days a week
        case DurationUnit::Weeks:
            return k_max_duration_days / 7;
    }
    return 0;
}

double Duration::nominal_days() const {
    const double days = static_cast<double>(calendar_minutes()) / k_minutes_per_day;
    return is_business() ? days * 7.0 / 5.0 : days;
}

std::string Duration::to_string() const {
    return std::to_string(amount) + std::string(k_suffixes[static_cast<int>(unit)]);
}

namespace {

std::optional<DurationUnit> unit_of(std::string_view suffix) {
    for (std::size_t i = 0; i < std::size(k_suffixes); ++i) {
        if (k_suffixes[i] == suffix) return static_cast<DurationUnit>(i);
    }
    return std::nullopt;
}

/// `whole.fraction` of `unit` as a whole number of the largest smaller
/// calendar unit that holds it exactly (1.5d = 36h), if there is one.
std::optional<std::string> whole_equivalent(std::string_view whole, std::string_view fraction,
                                            DurationUnit unit) {
    if (whole.size() + fraction.size() > 15) return std::nullopt;
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;
    for (char c : whole) numerator = numerator * 10 + (c - '0');
    for (char c : fraction) {
        numerator = numerator * 10 + (c - '0');
        denominator *= 10;
    }
    while (numerator % denominator != 0) {
        if (unit == DurationUnit::Weeks) {
            numerator *= 7;
            unit = DurationUnit::Days;
        } else if (unit == DurationUnit::Days) {
            numerator *= 24;
            unit = DurationUnit::Hours;
        } else if (unit == DurationUnit::Hours) {
            numerator *= 60;
            unit = DurationUnit::Minutes;
        } else {
            return std::nullopt;  // minutes and business days have no smaller unit
        }
    }
    const std::int64_t amount = numerator / denominator;
    if (amount <= 0 || amount > max_duration_amount(unit)) return std::nullopt;
    return std::to_string(amount) + std::string(k_suffixes[static_cast<int>(unit)]);
}

}  // namespace

std::optional<Duration> parse_duration(std::string_view text, DurationError* error) {
    using Kind = DurationError::Kind;
    const std::string_view written = text;
    auto fail = [&](Kind kind, std::string shown = {},
                    std::string replacement = {}) -> std::optional<Duration> {
        if (error) *error = {kind, std::string(written), std::move(shown), std::move(replacement)};
        return std::nullopt;
    };
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    auto digits_at = [&](std::size_t from) {
        std::size_t end = from;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
        return end - from;
    };
    const std::size_t digits = digits_at(0);
    // A fraction (`1.5d`, `1,5d` as written with a Russian keyboard).
    if (digits < text.size() && (text[digits] == '.' || text[digits] == ',')) {
        const std::size_t fraction = digits_at(digits + 1);
        const std::string_view suffix = text.substr(digits + 1 + fraction);
        const auto unit = unit_of(suffix);
        if (fraction > 0 && unit && !negative) {
            const std::string_view whole = text.substr(0, digits);
            const auto exact = whole_equivalent(whole, text.substr(digits + 1, fraction), *unit);
            if (exact) return fail(Kind::Fraction, *exact, *exact);
            return fail(Kind::InexactFraction);
        }
    }
    if (digits == 0) return fail(Kind::NoNumber);
    std::string_view unit_text = text.substr(digits);
    const std::string_view number = text.substr(0, digits);
    // `30 d`: the unit is fine, the space is not.
    const std::size_t unit_at = unit_text.find_first_not_of(" \t");
    if (unit_at != 0 && unit_at != std::string_view::npos && unit_of(unit_text.substr(unit_at))) {
        unit_text.remove_prefix(unit_at);
        const std::string fixed = fmt::format("{}{}{}", negative ? "-" : "", number, unit_text);
        return fail(Kind::Space, fixed, negative ? "" : fixed);
    }
    Duration d;
    if (const auto unit = unit_of(unit_text))
        d.unit = *unit;
    else if (unit_text.empty())
        return fail(Kind::NoUnit);
    else
        return fail(Kind::UnknownUnit);
    if (negative) return fail(Kind::Negative);
    const std::int64_t longest = max_duration_amount(d.unit);
    auto too_long = [&] { return fail(Kind::TooLong, fmt::format("{}{}", longest, unit_text)); };
    if (digits > 18) return too_long();
    std::from_chars(text.data(), text.data() + digits, d.amount);
    if (d.amount == 0) return fail(Kind::Zero);
    if (number.front() == '0') {
        const std::string fixed = std::to_string(d.amount) + std::string(unit_text);
        return fail(Kind::LeadingZero, fixed, fixed);
    }
    if (d.amount > longest) return too_long();
    return d;
}

int weekday_of(Minutes moment) {
    const std::int64_t day = moment >= 0 ? moment / k_minutes_per_day
                                         : -((-moment + k_minutes_per_day - 1) / k_minutes_per_day);
    return static_cast<int>(((day % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
}

Minutes now_utc() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::minutes>(now).count();
}

double days_since_first_monday(Minutes moment) {
    // 1970-01-05, the first Monday, is 4 days after 1970-01-01.
    return static_cast<double>(moment) / k_minutes_per_day - 4.0;
}

Minutes advance(Minutes start, const Duration& d) {
    if (!d.is_business()) return start + d.calendar_minutes();
    // Step the first 1..5 business days one by one; from a weekday every further
    // five business days are exactly one week.
    const std::int64_t first = ((d.amount - 1) % 5) + 1;
    const std::int64_t weeks = (d.amount - 1) / 5;
    Minutes t = start;
    for (std::int64_t counted = 0; counted < first;) {
        t += k_minutes_per_day;
        if (weekday_of(t) < 5) ++counted;
    }
    return t + weeks * 7 * k_minutes_per_day;
}

Minutes reference_start(int weekday) {
    // 2024-01-01 was a Monday: 19723 days after 1970-01-01.
    return (19723 + weekday) * k_minutes_per_day + 9 * 60;
}

}  // namespace reltheme
