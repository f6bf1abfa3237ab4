// transition-added: a stage kept from the old version gained a `next` entry.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_transition_added() {
    return diffing::stage_lists_kind(
        {"transition-added", "A new transition between stages", Severity::Info, Breaking::No,
         ChangeOp::Added},
        [](const ChangeKind& kind, const ThemePair&, const diffing::NewIds& ids,
           const Stage& before, const Stage& after, ChangeSink& sink) {
            // The old targets under their new ids.
            const auto added = diffing::entries_without(
                after.next, [](const Transition& t) { return std::optional(t.to.value); },
                before.next, [&](const Transition& t) { return ids.stage(t.to.value); });
            for (const Transition* t : added) {
                std::string message = i18n::message(
                    "transition-added", fmt::arg("from", diffing::quoted(after.id.value)),
                    fmt::arg("to", diffing::quoted(t->to.value)));
                if (before.is_final()) message += i18n::message("transition-added.not-final");
                Change& c = sink.add(kind, Side::New, t->to.range, message);
                c.after = after.id.value + " -> " + t->to.value;
            }
        });
}

}  // namespace reltheme
