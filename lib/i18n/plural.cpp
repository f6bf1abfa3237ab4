#include "i18n/plural.h"

#include <fmt/format.h>

namespace reltheme {
namespace {

std::string noun(bool one, std::string_view singular, std::string_view many) {
    if (one) return std::string(singular);
    return many.empty() ? std::string(singular) + "s" : std::string(many);
}

}  // namespace

PluralForm plural_form(long long n, Lang lang) {
    if (lang == Lang::En) return n == 1 ? PluralForm::One : PluralForm::Many;
    // The magnitude's last digits; -n of the lowest value would overflow.
    const unsigned long long a =
        n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    const auto last = a % 10;
    const auto last_two = a % 100;
    if (last == 1 && last_two != 11) return PluralForm::One;
    if (last >= 2 && last <= 4 && (last_two < 12 || last_two > 14)) return PluralForm::Few;
    return PluralForm::Many;
}

std::size_t plural_forms(Lang lang) {
    return lang == Lang::Ru ? 3 : 2;
}

std::size_t form_index(PluralForm form, Lang lang) {
    switch (form) {
        case PluralForm::One:
            return 0;
        case PluralForm::Few:
            return 1;
        case PluralForm::Many:
            break;
    }
    return lang == Lang::Ru ? 2 : 1;
}

std::string plural(long long n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, noun(n == 1, one, many));
}

std::string plural(double n, std::string_view one, std::string_view many) {
    return fmt::format("{:g} {}", n, noun(n == 1, one, many));
}

}  // namespace reltheme
