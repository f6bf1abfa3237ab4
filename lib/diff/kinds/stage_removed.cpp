// stage-removed: a stage that no new stage takes over through `formerly`.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class StageRemoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-removed"; }
    std::string_view summary() const override {
        return "A stage was removed and no stage lists it in formerly: its open deals are orphaned";
    }
    Breaking breaking() const override { return Breaking::Yes; }
    ChangeOp op() const override { return ChangeOp::Removed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.stages, p.new_version.theme.stages)) {
            if (m.how != diffing::MatchHow::Removed) continue;
            const Stage& s = *m.old_item;
            Change& c =
                sink.add(*this, Side::Old, s.id.range,
                         fmt::format("stage {} removed; open deals in it are orphaned (list it "
                                     "in \"formerly\" of the stage that takes them over)",
                                     diffing::named(s.id, s.name)));
            c.before = s.id.value;
            if (p.new_version.theme.stages_range) {
                diffing::anchor_at(c, p.new_version, *p.new_version.theme.stages_range);
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_removed() {
    return std::make_unique<StageRemoved>();
}

}  // namespace reltheme
