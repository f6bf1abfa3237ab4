// max-duration-shortened: the longest a deal may run got shorter (or a limit
// appeared) for deals that start on at least one weekday.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class MaxDurationShortened final : public ChangeKind {
  public:
    std::string_view id() const override { return "max-duration-shortened"; }
    std::string_view summary() const override {
        return "max_duration got shorter: open deals may exceed it at once";
    }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const auto& before = p.old_version.theme.max_duration;
        const auto& after = p.new_version.theme.max_duration;
        const auto change = diffing::classify_durations(before, after);
        if (change.stretch != diffing::Stretch::Shorter) return;
        std::string message;
        if (before) {
            message = fmt::format(
                "max_duration shortened from {} to {}{}; open deals older than {} are "
                "overdue at once",
                before->value.to_string(), after->value.to_string(),
                diffing::weekdays_clause(change.days.shorter_on, "start"),
                after->value.to_string());
        } else {
            message = fmt::format(
                "max_duration of {} set; open deals older than that are overdue at once",
                after->value.to_string());
        }
        Change& c = sink.add(*this, Side::New, after->range, message);
        if (before) c.before = before->value.to_string();
        c.after = after->value.to_string();
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_max_duration_shortened() {
    return std::make_unique<MaxDurationShortened>();
}

}  // namespace reltheme
