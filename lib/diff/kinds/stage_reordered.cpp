// stage-reordered: stages kept from the old version stand in another order.
// The stages outside a longest common subsequence of the two orders are the
// ones reported as moved.
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

/// Marks the items of `b` that belong to a longest common subsequence of `a`
/// and `b`, two orders of the same distinct ids. For permutations that is a
/// longest increasing subsequence of b-positions read in a's order: O(n log n)
/// time and O(n) memory (a table over both orders would need n^2 cells, 40 GB
/// for 100,000 stages).
std::vector<bool> in_common_subsequence(const std::vector<std::string>& a,
                                        const std::vector<std::string>& b) {
    std::unordered_map<std::string_view, std::size_t> position_in_b;
    for (std::size_t j = 0; j < b.size(); ++j) position_in_b.emplace(b[j], j);
    std::vector<std::size_t> seq;  // b-positions in a's order
    for (const auto& id : a)
        if (const auto it = position_in_b.find(id); it != position_in_b.end())
            seq.push_back(it->second);
    // tails[k]: index in seq of the smallest tail of an increasing run of length k + 1.
    std::vector<std::size_t> tails;
    std::vector<std::size_t> prev(seq.size(), SIZE_MAX);
    for (std::size_t i = 0; i < seq.size(); ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), seq[i],
                                         [&](std::size_t t, std::size_t v) { return seq[t] < v; });
        if (at != tails.begin()) prev[i] = *(at - 1);
        if (at == tails.end())
            tails.push_back(i);
        else
            *at = i;
    }
    std::vector<bool> keep(b.size(), false);
    for (std::size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = prev[i])
        keep[seq[i]] = true;
    return keep;
}

}  // namespace

std::unique_ptr<Rule> rules::make_stage_reordered() {
    return diffing::pair_kind(
        {"stage-reordered", "Stages stand in another order", Severity::Info, Breaking::No,
         ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            const auto& old_stages = p.old_version.theme.stages;
            const auto& new_stages = p.new_version.theme.stages;
            // The kept stages by their new ids, in the old order and in the new one.
            std::vector<std::string> old_order;
            std::vector<std::string> new_order;
            std::vector<const Stage*> new_items;
            std::vector<const Stage*> old_items;
            const auto matches = diffing::match_items(old_stages, new_stages);
            for (const auto& m : matches) {
                if (m.paired()) old_order.push_back(m.new_item->id.value);
            }
            std::unordered_map<const Stage*, const Stage*> old_of_new;
            for (const auto& m : matches)
                if (m.paired()) old_of_new.emplace(m.new_item, m.old_item);
            for (const Stage& s : new_stages) {
                const auto it = old_of_new.find(&s);
                if (it == old_of_new.end()) continue;
                new_order.push_back(s.id.value);
                new_items.push_back(&s);
                old_items.push_back(it->second);
            }
            const auto keep = in_common_subsequence(old_order, new_order);
            for (std::size_t j = 0; j < new_items.size(); ++j) {
                if (keep[j]) continue;
                const Stage& s = *new_items[j];
                const auto old_pos = old_items[j] - old_stages.data() + 1;
                const auto new_pos = new_items[j] - new_stages.data() + 1;
                const std::string after =
                    new_pos == 1
                        ? i18n::message("stage-reordered.first")
                        : i18n::message(
                              "stage-reordered.after",
                              fmt::arg("stage", diffing::quoted(new_stages[new_pos - 2].id.value)));
                Change& c = sink.add(
                    kind, Side::New, s.id.range,
                    i18n::message("stage-reordered", fmt::arg("stage", diffing::quoted(s.id.value)),
                                  fmt::arg("from", old_pos), fmt::arg("to", new_pos),
                                  fmt::arg("where", after)));
                c.before = std::to_string(old_pos);
                c.after = std::to_string(new_pos);
            }
        });
}

}  // namespace reltheme
