// transition-removed: a `next` entry between two stages that both still exist
// is gone.
#include <set>

#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class TransitionRemoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "transition-removed"; }
    std::string_view summary() const override {
        return "A transition was removed: a deal on its way may be stuck";
    }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Removed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const Theme& before = p.old_version.theme;
        const Theme& after = p.new_version.theme;
        const diffing::Successors<Stage> new_stage_id(before.stages, after.stages);
        for (const auto& m : diffing::match_items(before.stages, after.stages)) {
            if (!m.paired()) continue;
            const Stage& s = *m.new_item;
            std::set<std::string> has;
            for (const Transition& t : s.next) has.insert(t.to.value);
            for (const Transition& t : m.old_item->next) {
                // A transition into a removed stage goes with it (stage-removed).
                const auto to = new_stage_id(t.to.value);
                if (!to || has.count(*to)) continue;
                // A transition into a stage merged into this one became a loop.
                if (*to == s.id.value && t.to.value != m.old_item->id.value) continue;
                std::string message = fmt::format(
                    "transition {} -> {} removed; deals in {} can no longer "
                    "go to {}",
                    diffing::quoted(s.id.value), diffing::quoted(*to), diffing::quoted(s.id.value),
                    diffing::quoted(*to));
                if (s.is_final())
                    message +=
                        fmt::format(", and {} is now a final stage", diffing::quoted(s.id.value));
                Change& c = sink.add(*this, Side::Old, t.to.range, message);
                c.before = s.id.value + " -> " + *to;
                diffing::anchor_at(c, p.new_version, s.next_range ? *s.next_range : s.id.range);
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_transition_removed() {
    return std::make_unique<TransitionRemoved>();
}

}  // namespace reltheme
