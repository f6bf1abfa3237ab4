#include "util/plural.h"

#include <fmt/format.h>

namespace reltheme {
namespace {

std::string noun(bool one, std::string_view singular, std::string_view many) {
    if (one) return std::string(singular);
    return many.empty() ? std::string(singular) + "s" : std::string(many);
}

}  // namespace

std::string plural(long long n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, noun(n == 1, one, many));
}

std::string plural(double n, std::string_view one, std::string_view many) {
    return fmt::format("{:g} {}", n, noun(n == 1, one, many));
}

}  // namespace reltheme
