// stage-deadline-shortened: a stage's deadline got shorter (or appeared) for
// deals that enter the stage on at least one weekday.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_deadline_shortened() {
    return diffing::stage_pair_kind(
        {"stage-deadline-shortened",
         "A stage's deadline got shorter: open deals in it may become overdue", Severity::Warning,
         Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair&, const Stage& old_stage, const Stage& new_stage,
           ChangeSink& sink) {
            const auto& before = old_stage.deadline;
            const auto& after = new_stage.deadline;
            const auto change = diffing::classify_durations(before, after);
            if (change.stretch != diffing::Stretch::Shorter) return;
            const std::string stage = diffing::quoted(new_stage.id.value);
            std::string message;
            if (before) {
                message = i18n::message(
                    "stage-deadline-shortened", fmt::arg("stage", stage),
                    fmt::arg("was", before->value.to_string()),
                    fmt::arg("now", after->value.to_string()),
                    fmt::arg("days",
                             diffing::weekdays_clause(change.days.shorter_on, "weekdays.enter")));
            } else {
                message = i18n::message("stage-deadline-shortened.set", fmt::arg("stage", stage),
                                        fmt::arg("now", after->value.to_string()));
            }
            Change& c = sink.add(kind, Side::New, after->range, message);
            if (before) c.before = before->value.to_string();
            c.after = after->value.to_string();
        });
}

}  // namespace reltheme
