// max-duration-shortened: the longest a deal may run got shorter (or a limit
// appeared) for deals that start on at least one weekday.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_max_duration_shortened() {
    return diffing::pair_kind(
        {"max-duration-shortened", "max_duration got shorter: open deals may exceed it at once",
         Severity::Warning, Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            const auto& before = p.old_version.theme.max_duration;
            const auto& after = p.new_version.theme.max_duration;
            const auto change = diffing::classify_durations(before, after);
            if (change.stretch != diffing::Stretch::Shorter) return;
            const std::string now = after->value.to_string();
            const std::string message =
                before ? i18n::message(
                             "max-duration-shortened", fmt::arg("was", before->value.to_string()),
                             fmt::arg("now", now),
                             fmt::arg("days", diffing::weekdays_clause(change.days.shorter_on,
                                                                       "weekdays.start")))
                       : i18n::message("max-duration-shortened.set", fmt::arg("now", now));
            Change& c = sink.add(kind, Side::New, after->range, message);
            if (before) c.before = before->value.to_string();
            c.after = now;
        });
}

}  // namespace reltheme
