// stage-deadline-shortened: a stage's deadline got shorter (or appeared) for
// deals that enter the stage on at least one weekday.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class StageDeadlineShortened final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-deadline-shortened"; }
    std::string_view summary() const override {
        return "A stage's deadline got shorter: open deals in it may become overdue";
    }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.stages, p.new_version.theme.stages)) {
            if (!m.paired()) continue;
            const auto& before = m.old_item->deadline;
            const auto& after = m.new_item->deadline;
            const auto change = diffing::classify_durations(before, after);
            if (change.stretch != diffing::Stretch::Shorter) continue;
            const std::string stage = diffing::quoted(m.new_item->id.value);
            std::string message;
            if (before) {
                message = fmt::format(
                    "deadline of stage {} shortened from {} to {}{}; open deals in it "
                    "may become overdue",
                    stage, before->value.to_string(), after->value.to_string(),
                    diffing::weekdays_clause(change.days.shorter_on, "enter it"));
            } else {
                message = fmt::format(
                    "stage {} now has a deadline of {}; open deals that entered it "
                    "longer ago are overdue",
                    stage, after->value.to_string());
            }
            Change& c = sink.add(*this, Side::New, after->range, message);
            if (before) c.before = before->value.to_string();
            c.after = after->value.to_string();
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_deadline_shortened() {
    return std::make_unique<StageDeadlineShortened>();
}

}  // namespace reltheme
