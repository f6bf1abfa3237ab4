// outcome-removed: an outcome that no new outcome takes over through `formerly`.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class OutcomeRemoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "outcome-removed"; }
    std::string_view summary() const override {
        return "An outcome was removed and none lists it in formerly: deals closed with it lose it";
    }
    Breaking breaking() const override { return Breaking::Yes; }
    ChangeOp op() const override { return ChangeOp::Removed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.outcomes, p.new_version.theme.outcomes)) {
            if (m.how != diffing::MatchHow::Removed) continue;
            const Outcome& o = *m.old_item;
            Change& c =
                sink.add(*this, Side::Old, o.id.range,
                         fmt::format("outcome {} removed; deals closed with it lose their outcome "
                                     "in reports (list it in \"formerly\" of the outcome that "
                                     "replaces it)",
                                     diffing::named(o.id, o.name)));
            c.before = o.id.value;
            if (p.new_version.theme.outcomes_range) {
                diffing::anchor_at(c, p.new_version, *p.new_version.theme.outcomes_range);
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_outcome_removed() {
    return std::make_unique<OutcomeRemoved>();
}

}  // namespace reltheme
