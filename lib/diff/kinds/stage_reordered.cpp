// stage-reordered: stages kept from the old version stand in another order.
// The stages outside a longest common subsequence of the two orders are the
// ones reported as moved.
#include <fmt/format.h>

#include "check/rules/rules.h"
#include "diff/change_kind.h"
#include "diff/compare.h"

namespace reltheme {
namespace {

/// Marks the items of `b` that belong to a longest common subsequence of a and b.
std::vector<bool> in_common_subsequence(const std::vector<std::string>& a,
                                        const std::vector<std::string>& b) {
    std::vector<std::vector<int>> len(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;) {
        for (std::size_t j = b.size(); j-- > 0;) {
            len[i][j] =
                a[i] == b[j] ? len[i + 1][j + 1] + 1 : std::max(len[i + 1][j], len[i][j + 1]);
        }
    }
    std::vector<bool> keep(b.size(), false);
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) {
            keep[j] = true;
            ++i;
            ++j;
        } else if (len[i + 1][j] >= len[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return keep;
}

class StageReordered final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-reordered"; }
    std::string_view summary() const override { return "Stages stand in another order"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
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
        for (const Stage& s : new_stages) {
            const auto it = std::find_if(matches.begin(), matches.end(), [&](const auto& m) {
                return m.paired() && m.new_item == &s;
            });
            if (it == matches.end()) continue;
            new_order.push_back(s.id.value);
            new_items.push_back(&s);
            old_items.push_back(it->old_item);
        }
        const auto keep = in_common_subsequence(old_order, new_order);
        for (std::size_t j = 0; j < new_items.size(); ++j) {
            if (keep[j]) continue;
            const Stage& s = *new_items[j];
            const auto old_pos = old_items[j] - old_stages.data() + 1;
            const auto new_pos = new_items[j] - new_stages.data() + 1;
            const std::string after =
                new_pos == 1 ? "now first"
                             : "now after " + diffing::quoted(new_stages[new_pos - 2].id.value);
            Change& c = sink.add(*this, Side::New, s.id.range,
                                 fmt::format("stage {} moved from position {} to {} ({})",
                                             diffing::quoted(s.id.value), old_pos, new_pos, after));
            c.before = std::to_string(old_pos);
            c.after = std::to_string(new_pos);
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_reordered() {
    return std::make_unique<StageReordered>();
}

}  // namespace reltheme
