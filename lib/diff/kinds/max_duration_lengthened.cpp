// max-duration-lengthened: the longest a deal may run got longer (or the limit
// was dropped) and is shorter for no start weekday.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

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
                Change& c = sink.add(
                    kind, Side::New, after->range,
                    i18n::message("max-duration-lengthened", fmt::arg("was", was),
                                  fmt::arg("now", after->value.to_string()),
                                  fmt::arg("days", diffing::weekdays_clause(change.days.longer_on,
                                                                            "weekdays.start"))));
                c.before = was;
                c.after = after->value.to_string();
            } else {
                Change& c = sink.add(
                    kind, Side::Old, before->range,
                    i18n::message("max-duration-lengthened.removed", fmt::arg("was", was)));
                c.before = was;
            }
        });
}

}  // namespace reltheme
