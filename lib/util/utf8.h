#pragma once
/// UTF-8 helpers: validation, character counts and display widths.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace reltheme {

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> utf8_first_invalid(std::string_view text);
/// Number of code points (invalid bytes count one each).
std::size_t utf8_length(std::string_view text);
/// Byte offset of the n-th code point (or the size when past the end).
std::size_t utf8_offset_of_char(std::string_view text, std::size_t n);
/// Text safe to print on a terminal: control characters (ESC, BEL, C1, ...)
/// are shown as escapes like `\x1b`, so file content never drives the terminal.
std::string printable(std::string_view text);

}  // namespace reltheme
