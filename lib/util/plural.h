#pragma once
/// English counts in human reports: "1 deal", "2 deals", "horizon 1 day". Every
/// count a report prints goes through here, so no message says "1 deals".
#include <string>
#include <string_view>
#include <type_traits>

namespace reltheme {

/// The count and the noun: `one` when n is 1, else `many` (by default `one`
/// with an "s").
std::string plural(long long n, std::string_view one, std::string_view many = {});

/// The same for a count that may have a fraction ("1.5 days"), printed with
/// `{:g}`.
std::string plural(double n, std::string_view one, std::string_view many = {});

/// The same for any integer type.
template <class Int>
std::string plural(Int n, std::string_view one,
                   std::string_view many = {}) requires(std::is_integral_v<Int> &&
                                                        !std::is_same_v<Int, long long>) {
    return plural(static_cast<long long>(n), one, many);
}

}  // namespace reltheme
