// max-duration-lengthened: the longest a deal may run got longer (or the limit
// was dropped) and is shorter for no start weekday.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_max_duration_lengthened() {
    return diffing::pair_kind(
        {"max-duration-lengthened", "max_duration got longer or was removed", Severity::Info,
         Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            const auto& before = p.old_version.theme.max_duration;
            const auto& after = p.new_version.theme.max_duration;
            const auto change = diffing::classify_durations(before, after);
            if (change.stretch != diffing::Stretch::Longer) return;
            const std::string was = before->value.to_string();
            if (after) {
                Change& c =
                    sink.add(kind, Side::New, after->range,
                             fmt::format("max_duration lengthened from {} to {}{}", was,
                                         after->value.to_string(),
                                         diffing::weekdays_clause(change.days.longer_on, "start")));
                c.before = was;
                c.after = after->value.to_string();
            } else {
                Change& c = sink.add(
                    kind, Side::Old, before->range,
                    fmt::format("max_duration ({}) removed; deals may run without limit", was));
                c.before = was;
            }
        });
}

}  // namespace reltheme
