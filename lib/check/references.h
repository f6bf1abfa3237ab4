#pragma once
/// Helpers shared by the reference rules: did-you-mean suggestions with a work
/// budget, and fixes that replace an id while keeping how it was quoted.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "util/diagnostic.h"
#include "util/file.h"  // display_path
#include "util/source.h"
#include "util/spelling.h"

namespace reltheme {

/// Did-you-mean over a list of candidates (edit distance, as closest_match),
/// with a budget of work per theme: a hostile theme with 100 000 unknown
/// references and 100 000 stages would otherwise cost 10^10 comparisons. Once
/// the budget is spent, no further suggestions are made; findings stay.
class Suggester {
  public:
    static constexpr std::size_t k_default_budget = 20'000'000;
    explicit Suggester(std::size_t budget = k_default_budget) : m_budget(budget) {}

    std::optional<std::string> suggest(std::string_view word,
                                       std::span<const std::string> candidates);

  private:
    std::size_t m_budget;
};

/// A fix that replaces the scalar written at `range` by `replacement`,
/// keeping the quotes it was written with.
Fix replace_scalar(const SourceText& source, const Range& range, std::string_view replacement);

}  // namespace reltheme
