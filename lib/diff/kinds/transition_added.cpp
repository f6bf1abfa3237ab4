// transition-added: a stage kept from the old version gained a `next` entry.
#include <set>

#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class TransitionAdded final : public ChangeKind {
  public:
    std::string_view id() const override { return "transition-added"; }
    std::string_view summary() const override { return "A new transition between stages"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Added; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const Theme& before = p.old_version.theme;
        const Theme& after = p.new_version.theme;
        const diffing::Successors<Stage> new_stage_id(before.stages, after.stages);
        for (const auto& m : diffing::match_items(before.stages, after.stages)) {
            if (!m.paired()) continue;
            // The old targets under their new ids.
            std::set<std::string> had;
            for (const Transition& t : m.old_item->next) {
                if (auto to = new_stage_id(t.to.value)) had.insert(*to);
            }
            const bool was_final = m.old_item->is_final();
            for (const Transition& t : m.new_item->next) {
                if (had.count(t.to.value)) continue;
                std::string message =
                    fmt::format("transition {} -> {} added", diffing::quoted(m.new_item->id.value),
                                diffing::quoted(t.to.value));
                if (was_final) message += "; the stage is no longer final";
                Change& c = sink.add(*this, Side::New, t.to.range, message);
                c.after = m.new_item->id.value + " -> " + t.to.value;
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_transition_added() {
    return std::make_unique<TransitionAdded>();
}

}  // namespace reltheme
