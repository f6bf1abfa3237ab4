// stage-deadline-lengthened: a stage's deadline got longer (or was dropped)
// and is shorter for no start weekday.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_deadline_lengthened() {
    return diffing::stage_pair_kind(
        {"stage-deadline-lengthened", "A stage's deadline got longer or was removed",
         Severity::Info, Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, const Stage& old_stage,
           const Stage& new_stage, ChangeSink& sink) {
            const auto& before = old_stage.deadline;
            const auto& after = new_stage.deadline;
            const auto change = diffing::classify_durations(before, after);
            if (change.stretch != diffing::Stretch::Longer) return;
            const std::string stage = diffing::quoted(new_stage.id.value);
            if (after) {
                Change& c = sink.add(
                    kind, Side::New, after->range,
                    i18n::message("stage-deadline-lengthened", fmt::arg("stage", stage),
                                  fmt::arg("was", before->value.to_string()),
                                  fmt::arg("now", after->value.to_string()),
                                  fmt::arg("days", diffing::weekdays_clause(change.days.longer_on,
                                                                            "weekdays.enter"))));
                c.before = before->value.to_string();
                c.after = after->value.to_string();
            } else {
                Change& c = sink.add(
                    kind, Side::Old, before->range,
                    i18n::message("stage-deadline-lengthened.removed", fmt::arg("stage", stage),
                                  fmt::arg("was", before->value.to_string())));
                c.before = before->value.to_string();
                diffing::anchor_at(c, p.new_version, new_stage.id.range);
            }
        });
}

}  // namespace reltheme
