// max-duration-lengthened: the longest a deal may run got longer (or the limit
// was dropped) and is shorter for no start weekday.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class MaxDurationLengthened final : public ChangeKind {
  public:
    std::string_view id() const override { return "max-duration-lengthened"; }
    std::string_view summary() const override { return "max_duration got longer or was removed"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const auto& before = p.old_version.theme.max_duration;
        const auto& after = p.new_version.theme.max_duration;
        const auto change = diffing::classify_durations(before, after);
        if (change.stretch != diffing::Stretch::Longer) return;
        if (after) {
            Change& c =
                sink.add(*this, Side::New, after->range,
                         fmt::format("max_duration lengthened from {} to {}{}",
                                     before->value.to_string(), after->value.to_string(),
                                     diffing::weekdays_clause(change.days.longer_on, "start")));
            c.before = before->value.to_string();
            c.after = after->value.to_string();
        } else {
            Change& c =
                sink.add(*this, Side::Old, before->range,
                         fmt::format("max_duration ({}) removed; deals may run without limit",
                                     before->value.to_string()));
            c.before = before->value.to_string();
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_max_duration_lengthened() {
    return std::make_unique<MaxDurationLengthened>();
}

}  // namespace reltheme
