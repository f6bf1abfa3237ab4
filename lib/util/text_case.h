#pragma once
/// Letter case of Latin and Cyrillic text, the scripts theme names are
/// written in: comparing names regardless of case, and telling whether a name
/// starts with a lower-case letter. Other scripts are left as they are.
#include <string>
#include <string_view>

namespace reltheme {

/// The first code point of UTF-8 text, or U+FFFD when it is invalid; 0 for
/// empty text.
char32_t first_code_point(std::string_view text);

/// True for a lower-case Latin (a–z, Latin-1) or Cyrillic (а–я, ё, ѐ–џ) letter.
bool is_lower_letter(char32_t c);

/// The text with Latin and Cyrillic capitals made lower case, runs of white
/// space made one space, and white space at both ends removed: two names that
/// fold to the same text look the same to a reader.
std::string fold_name(std::string_view text);

}  // namespace reltheme
