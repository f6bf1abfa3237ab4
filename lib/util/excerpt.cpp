#include "util/excerpt.h"

#include "util/utf8.h"

namespace reltheme {

std::string excerpt(std::string_view value, std::size_t max_chars) {
    // Escaping first counts an escape (`\x1b`) as the characters it shows.
    std::string shown = printable(value);
    if (utf8_length(shown) <= max_chars) return shown;
    shown.resize(utf8_offset_of_char(shown, max_chars));
    return shown + "…";
}

}  // namespace reltheme
