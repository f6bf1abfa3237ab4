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

/// `text` with spaces after it (pad_right) or before it (pad_left) up to
/// `width` characters, for columns of text in any script.
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);
/// Bytes of the code point starting at byte i (1 for an invalid byte); the
/// step that utf8_length and utf8_offset_of_char count with.
std::size_t utf8_char_size(std::string_view text, std::size_t i);
/// Byte offset of the n-th code point (or the size when past the end).
std::size_t utf8_offset_of_char(std::string_view text, std::size_t n);
/// Whether a code point is invisible and changes how text around it reads:
/// bidirectional embeddings, overrides and isolates (U+202A..U+202E,
/// U+2066..U+2069), zero-width characters (U+200B..U+200F, U+2060, U+FEFF),
/// line separators (U+2028, U+2029) and the noncharacters U+FFFE, U+FFFF.
bool is_invisible_format(char32_t cp);
/// Text safe to print on a terminal: control characters (ESC, BEL, C1, ...)
/// are shown as escapes like `\x1b`, and the invisible characters above as
/// `\u202e`, so file content never drives the terminal nor reads backwards.
std::string printable(std::string_view text);

}  // namespace reltheme
