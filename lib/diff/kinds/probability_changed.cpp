// probability-changed: the forecast weight of a stage or the branch weight of
// a transition changed.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

using Probability = std::optional<Located<double>>;

void report(const ChangeKind& kind, const ThemePair& p, ChangeSink& sink, const std::string& what,
            const Probability& before, const Probability& after, const Range& anchor) {
    if (!before && !after) return;
    if (before && after && before->value == after->value) return;
    std::string message;
    if (before && after) {
        message = i18n::message("probability-changed", fmt::arg("of", what),
                                fmt::arg("was", before->value), fmt::arg("now", after->value));
    } else if (after) {
        message = i18n::message("probability-changed.set", fmt::arg("of", what),
                                fmt::arg("now", after->value));
    } else {
        message = i18n::message("probability-changed.removed", fmt::arg("of", what),
                                fmt::arg("was", before->value));
    }
    Change& c = after ? sink.add(kind, Side::New, after->range, message)
                      : sink.add(kind, Side::Old, before->range, message);
    if (!after) diffing::anchor_at(c, p.new_version, anchor);
    if (before) c.before = fmt::format("{}", before->value);
    if (after) c.after = fmt::format("{}", after->value);
}

}  // namespace

std::unique_ptr<Rule> rules::make_probability_changed() {
    return diffing::stage_lists_kind(
        {"probability-changed",
         "The probability of a stage or of a transition changed (forecasts, simulation)",
         Severity::Info, Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, const diffing::NewIds& ids,
           const Stage& before, const Stage& s, ChangeSink& sink) {
            report(kind, p, sink,
                   i18n::message("diff.of-stage", fmt::arg("stage", diffing::quoted(s.id.value))),
                   before.probability, s.probability, s.id.range);
            for (const Transition& t : before.next) {
                const auto to = ids.stage(t.to.value);
                if (!to) continue;
                const auto it =
                    std::find_if(s.next.begin(), s.next.end(),
                                 [&](const Transition& n) { return n.to.value == *to; });
                if (it == s.next.end()) continue;
                report(kind, p, sink,
                       i18n::message("diff.of-transition",
                                     fmt::arg("from", diffing::quoted(s.id.value)),
                                     fmt::arg("to", diffing::quoted(*to))),
                       t.probability, it->probability, it->range);
            }
        });
}

}  // namespace reltheme
