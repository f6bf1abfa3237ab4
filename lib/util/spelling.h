#pragma once
/// Did-you-mean suggestions by edit distance, as ninja's SpellcheckString.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace reltheme {

/// Levenshtein distance between two strings, counted in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Did-you-mean over lists of candidates, with a budget of work shared by
/// every suggestion it makes: a hostile file with 100 000 unknown references
/// and 100 000 candidates would otherwise cost 10^10 comparisons. Once the
/// budget is spent no further suggestions are made; the findings stay.
class Suggester {
  public:
    static constexpr std::size_t k_default_budget = 20'000'000;
    explicit Suggester(std::size_t budget = k_default_budget) : m_budget(budget) {}

    /// The candidate closest to `word`, if it is close enough to be a likely
    /// typo, else the one candidate `word` begins (a word cut short: `fail`
    /// for `failure`).
    std::optional<std::string> suggest(std::string_view word,
                                       std::span<const std::string> candidates);

  private:
    std::size_t m_budget;
};

/// One suggestion with a budget of its own (Suggester::suggest).
std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates);

/// A Cyrillic letter inside a word that should be Latin (ids, keys): `oplatа`
/// typed with the Russian keyboard layout still on for one letter.
struct CyrillicLetter {
    std::size_t index = 0;  ///< position in the word, in characters from 0
    std::string letter;     ///< the letter as written
    char32_t code = 0;      ///< its code point
    char latin = '\0';      ///< the Latin letter it looks like, or '\0'
};

/// The first Cyrillic letter in `word`, if any.
std::optional<CyrillicLetter> find_cyrillic(std::string_view word);

/// `word` with every Cyrillic letter replaced by the Latin letter it looks
/// like; nullopt when it has none, or one that looks like no Latin letter.
std::optional<std::string> latin_lookalike(std::string_view word);

}  // namespace reltheme
