#include "util/utf8.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

namespace reltheme {
namespace {

/// Length of the valid UTF-8 sequence starting at i, or 0 when invalid.
std::size_t sequence_length(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return 1;
    std::size_t len = 0;
    char32_t min = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2, min = 0x80, cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3, min = 0x800, cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4, min = 0x10000, cp = b0 & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

/// The code point of the valid sequence of `len` bytes at i.
char32_t code_point(std::string_view s, std::size_t i, std::size_t len) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

}  // namespace

bool is_invisible_format(char32_t cp) {
    return cp == 0x061C ||                    // Arabic letter mark
           (cp >= 0x200B && cp <= 0x200F) ||  // zero-width space, joiners, LRM, RLM
           (cp >= 0x2028 && cp <= 0x202E) ||  // line and paragraph separators, bidi embeddings
           (cp >= 0x2060 && cp <= 0x2069) ||  // word joiner, invisible operators, bidi isolates
           cp == 0xFEFF ||                    // zero-width no-break space (a BOM inside text)
           cp == 0xFFFE || cp == 0xFFFF;      // noncharacters
}

std::optional<std::size_t> utf8_first_invalid(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = sequence_length(text, i);
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

std::size_t utf8_char_size(std::string_view text, std::size_t i) {
    const std::size_t len = sequence_length(text, i);
    return len == 0 ? 1 : len;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) i += utf8_char_size(text, i);
    return count;
}

std::size_t utf8_offset_of_char(std::string_view text, std::size_t n) {
    std::size_t i = 0;
    for (std::size_t k = 0; k < n && i < text.size(); ++k) i += utf8_char_size(text, i);
    return i;
}

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        const std::size_t len = sequence_length(text, i);
        if (len == 0) {
            out += fmt::format("\\x{:02x}", b);
            ++i;
            continue;
        }
        if (len == 1 && (b < 0x20 || b == 0x7F) && b != '\t') {
            out += fmt::format("\\x{:02x}", b);
        } else if (len == 2 && b == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            out +=
                fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));  // C1 controls
        } else if (const char32_t cp = code_point(text, i, len); is_invisible_format(cp)) {
            out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
        } else {
            out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

std::string pad_right(std::string_view text, std::size_t width) {
    const std::size_t n = utf8_length(text);
    return std::string(text) + std::string(width - std::min(width, n), ' ');
}

std::string pad_left(std::string_view text, std::size_t width) {
    const std::size_t n = utf8_length(text);
    return std::string(width - std::min(width, n), ' ') + std::string(text);
}

}  // namespace reltheme
