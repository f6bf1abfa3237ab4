// transition-removed: a `next` entry between two stages that both still exist
// is gone.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_transition_removed() {
    return diffing::stage_lists_kind(
        {"transition-removed", "A transition was removed: a deal on its way may be stuck",
         Severity::Warning, Breaking::No, ChangeOp::Removed},
        [](const ChangeKind& kind, const ThemePair& p, const diffing::NewIds& ids,
           const Stage& before, const Stage& s, ChangeSink& sink) {
            // A transition into a removed stage goes with it (stage-removed).
            const auto removed = diffing::entries_without(
                before.next, [&](const Transition& t) { return ids.stage(t.to.value); }, s.next,
                [](const Transition& t) { return std::optional(t.to.value); });
            for (const Transition* t : removed) {
                const std::string to = *ids.stage(t->to.value);
                // A transition into a stage merged into this one became a loop.
                if (to == s.id.value && t->to.value != before.id.value) continue;
                std::string message = i18n::message("transition-removed",
                                                    fmt::arg("from", diffing::quoted(s.id.value)),
                                                    fmt::arg("to", diffing::quoted(to)));
                if (s.is_final()) {
                    message += i18n::message("transition-removed.final",
                                             fmt::arg("stage", diffing::quoted(s.id.value)));
                }
                Change& c = sink.add(kind, Side::Old, t->to.range, message);
                c.before = s.id.value + " -> " + to;
                diffing::anchor_at(c, p.new_version, s.next_range ? *s.next_range : s.id.range);
            }
        });
}

}  // namespace reltheme
