#include "check/references.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "util/spelling.h"
#include "util/utf8.h"

namespace reltheme {

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
    return best;
}

Fix replace_scalar(const SourceText& source, const Range& range, std::string_view replacement) {
    const std::size_t at = source.offset_of(range.begin);
    const char quote = at < source.text().size() ? source.text()[at] : '\0';
    if (quote == '"' || quote == '\'')
        return Fix{range, fmt::format("{0}{1}{0}", quote, replacement)};
    return Fix{range, std::string(replacement)};
}

}  // namespace reltheme
