#include "util/duration.h"

#include <charconv>

namespace reltheme {

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

double Duration::nominal_days() const {
    const double days = static_cast<double>(calendar_minutes()) / k_minutes_per_day;
    return is_business() ? days * 7.0 / 5.0 : days;
}

std::string Duration::to_string() const {
    static constexpr const char* k_suffix[] = {"m", "h", "d", "bd", "w"};
    return std::to_string(amount) + k_suffix[static_cast<int>(unit)];
}

std::optional<Duration> parse_duration(std::string_view text, std::string* error) {
    auto fail = [&](std::string message) -> std::optional<Duration> {
        if (error) *error = std::move(message);
        return std::nullopt;
    };
    std::size_t digits = 0;
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == 0) {
        return fail("a duration is a whole number and a unit: m, h, d, bd or w (e.g. 3d, 5bd)");
    }
    const std::string_view unit_text = text.substr(digits);
    Duration d;
    if (unit_text == "m")
        d.unit = DurationUnit::Minutes;
    else if (unit_text == "h")
        d.unit = DurationUnit::Hours;
    else if (unit_text == "d")
        d.unit = DurationUnit::Days;
    else if (unit_text == "bd")
        d.unit = DurationUnit::BusinessDays;
    else if (unit_text == "w")
        d.unit = DurationUnit::Weeks;
    else if (unit_text.empty())
        return fail("the duration has no unit; add m, h, d, bd or w");
    else
        return fail("unknown duration unit; use m, h, d, bd (business days) or w");
    if (digits > 9) return fail("the duration is too long (at most 9 digits)");
    std::from_chars(text.data(), text.data() + digits, d.amount);
    if (negative) return fail("a duration must be positive");
    if (d.amount == 0) return fail("a duration must be positive, not 0");
    return d;
}

int weekday_of(Minutes moment) {
    const std::int64_t day = moment >= 0 ? moment / k_minutes_per_day
                                         : -((-moment + k_minutes_per_day - 1) / k_minutes_per_day);
    return static_cast<int>(((day % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
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
