#pragma once
/// How a message quotes a value read from a file: printable (control
/// characters escaped, as util/utf8.h's `printable`) and never more than a
/// short excerpt, whatever the value. A message names the value; it never
/// carries the content of a file (a secret read by mistake, a 2 MB scalar).
#include <cstddef>
#include <string>
#include <string_view>

namespace reltheme {

/// The most characters of a value a message quotes.
inline constexpr std::size_t k_excerpt_chars = 48;

/// `value` printable, cut after `max_chars` characters (never inside one)
/// with "…" in place of the rest: `excerpt("root:x:0:0:root:/root:/bin/bash\n…")`.
std::string excerpt(std::string_view value, std::size_t max_chars = k_excerpt_chars);

}  // namespace reltheme
