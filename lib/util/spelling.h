#pragma once
/// Did-you-mean suggestions by edit distance, as ninja's SpellcheckString.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace reltheme {

/// Levenshtein distance between two strings, counted in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates);

}  // namespace reltheme
