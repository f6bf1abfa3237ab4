// stage-deadline-lengthened: a stage's deadline got longer (or was dropped)
// and is shorter for no start weekday.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

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
                    fmt::format("deadline of stage {} lengthened from {} to {}{}", stage,
                                before->value.to_string(), after->value.to_string(),
                                diffing::weekdays_clause(change.days.longer_on, "enter it")));
                c.before = before->value.to_string();
                c.after = after->value.to_string();
            } else {
                Change& c =
                    sink.add(kind, Side::Old, before->range,
                             fmt::format("deadline of stage {} ({}) removed; deals may stay in it "
                                         "without limit",
                                         stage, before->value.to_string()));
                c.before = before->value.to_string();
                diffing::anchor_at(c, p.new_version, new_stage.id.range);
            }
        });
}

}  // namespace reltheme
