#pragma once
/// The simulated clock of scenarios: moments written as `2026-03-02T09:00`,
/// offsets from the scenario's start (`+3d`, `+2bd`, `+4h`, `+30m`, `+1w`),
/// and how moments are shown. Moments are minutes since 1970-01-01T00:00,
/// without time zones (util/duration.h).
#include <optional>
#include <string>
#include <string_view>

#include "util/duration.h"

namespace reltheme {

/// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM` (a date alone
/// is midnight). Returns nullopt and sets `error` on a bad value.
std::optional<Minutes> parse_moment(std::string_view text, std::string* error = nullptr);

/// Parses a time in a scenario: an offset from `start` (`+0h`, `+3d`, `+2bd`,
/// business days counted as util/duration.h's advance() does) or an absolute
/// moment.
std::optional<Minutes> parse_time(std::string_view text, Minutes start,
                                  std::string* error = nullptr);

/// `2026-03-02 09:00`, in the run's language: «02.03.2026 09:00».
std::string format_moment(Minutes m);
/// `2026-03-02T09:00`, as scenario files write it.
std::string format_moment_iso(Minutes m);
/// `Mon`, `Tue`, ... in the run's language («пн», «вт»).
std::string weekday_name(Minutes m);

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
long long days_from_civil(int year, int month, int day);

}  // namespace reltheme
