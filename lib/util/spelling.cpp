#include "util/spelling.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace reltheme {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string> Suggester::suggest(std::string_view word,
                                              std::span<const std::string> candidates) {
    const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        if (m_budget == 0) return std::nullopt;
        --m_budget;
        if (candidate == word) continue;
        // The distance is at least the difference in length: skip cheaply.
        const std::size_t gap = candidate.size() > word.size() ? candidate.size() - word.size()
                                                               : word.size() - candidate.size();
        if (gap >= best_distance) continue;
        const std::size_t cost = (word.size() + 1) * (candidate.size() + 1);
        if (cost > m_budget) {
            m_budget = 0;
            return std::nullopt;
        }
        m_budget -= cost;
        const std::size_t d = edit_distance(word, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    if (best || word.size() < 3) return best;
    for (const auto& candidate : candidates) {
        if (m_budget == 0) return std::nullopt;
        --m_budget;
        if (!candidate.starts_with(word)) continue;
        if (best) return std::nullopt;  // more than one: no guess
        best = candidate;
    }
    return best;
}

std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates) {
    return Suggester().suggest(word, candidates);
}

namespace {

/// Lower-case Cyrillic letters that look like Latin ones, as UTF-8.
constexpr std::pair<std::string_view, char> k_lookalikes[] = {
    {"\u0430", 'a'}, {"\u0441", 'c'}, {"\u0435", 'e'}, {"\u043E", 'o'}, {"\u0440", 'p'},
    {"\u0445", 'x'}, {"\u0443", 'y'}, {"\u043A", 'k'}, {"\u0456", 'i'}, {"\u0458", 'j'},
    {"\u0455", 's'}, {"\u0501", 'd'}, {"\u04BB", 'h'}};

/// The code point of the UTF-8 sequence at `text[i]` (its length in `size`).
char32_t decode(std::string_view text, std::size_t i, std::size_t& size) {
    const auto b = static_cast<unsigned char>(text[i]);
    size = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + size > text.size()) size = text.size() - i;
    char32_t c = size == 1 ? b : b & (0x3F >> (size - 1));
    for (std::size_t k = 1; k < size; ++k)
        c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return c;
}

bool is_cyrillic(char32_t c) {
    return (c >= 0x0400 && c <= 0x052F) || (c >= 0x1C80 && c <= 0x1C8F);
}

char latin_for(std::string_view letter) {
    for (const auto& [cyrillic, latin] : k_lookalikes) {
        if (cyrillic == letter) return latin;
    }
    return '\0';
}

}  // namespace

std::optional<CyrillicLetter> find_cyrillic(std::string_view word) {
    std::size_t index = 0;
    for (std::size_t i = 0, size = 1; i < word.size(); i += size, ++index) {
        const char32_t c = decode(word, i, size);
        if (!is_cyrillic(c)) continue;
        CyrillicLetter found;
        found.code = c;
        found.index = index;
        found.letter = std::string(word.substr(i, size));
        found.latin = latin_for(found.letter);
        return found;
    }
    return std::nullopt;
}

std::optional<std::string> latin_lookalike(std::string_view word) {
    std::string out;
    bool replaced = false;
    for (std::size_t i = 0, size = 1; i < word.size(); i += size) {
        const char32_t c = decode(word, i, size);
        if (!is_cyrillic(c)) {
            out += word.substr(i, size);
            continue;
        }
        const char latin = latin_for(word.substr(i, size));
        if (latin == '\0') return std::nullopt;
        out += latin;
        replaced = true;
    }
    if (!replaced) return std::nullopt;
    return out;
}

}  // namespace reltheme
