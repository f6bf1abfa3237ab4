#pragma once
/// Counts with their noun, in both languages: "1 deal", "2 deals"; «1 ошибка»,
/// «2 ошибки», «5 ошибок». Every count a report prints goes through here, so
/// no message says "1 deals". The catalogue's nouns (i18n/messages.h, `count`)
/// pick their form with plural_form; the English helpers below take the noun
/// as written.
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "i18n/lang.h"

namespace reltheme {

/// Which form of a noun goes with n. English has two: One (1) and Many
/// (0, 2, 1.5, ...). Russian has three: One (1, 21, 101), Few (2–4, 22–24,
/// but not 12–14) and Many (0, 5–20, 25, 111, ...).
enum class PluralForm { One, Few, Many };
PluralForm plural_form(long long n, Lang lang);

/// How many forms a noun has in `lang`: 2 in English, 3 in Russian.
std::size_t plural_forms(Lang lang);

/// The index of `form` among a noun's forms in `lang` (English Few is Many).
std::size_t form_index(PluralForm form, Lang lang);

/// The count and the English noun: `one` when n is 1, else `many` (by default
/// `one` with an "s").
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
