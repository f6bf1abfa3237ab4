// stage-deadline-lengthened: a stage's deadline got longer (or was dropped)
// and is shorter for no start weekday.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class StageDeadlineLengthened final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-deadline-lengthened"; }
    std::string_view summary() const override {
        return "A stage's deadline got longer or was removed";
    }
    Severity default_severity() const override { return Severity::Info; }
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
            if (change.stretch != diffing::Stretch::Longer) continue;
            const std::string stage = diffing::quoted(m.new_item->id.value);
            if (after) {
                Change& c = sink.add(
                    *this, Side::New, after->range,
                    fmt::format("deadline of stage {} lengthened from {} to {}{}", stage,
                                before->value.to_string(), after->value.to_string(),
                                diffing::weekdays_clause(change.days.longer_on, "enter it")));
                c.before = before->value.to_string();
                c.after = after->value.to_string();
            } else {
                Change& c =
                    sink.add(*this, Side::Old, before->range,
                             fmt::format("deadline of stage {} ({}) removed; deals may stay in it "
                                         "without limit",
                                         stage, before->value.to_string()));
                c.before = before->value.to_string();
                diffing::anchor_at(c, p.new_version, m.new_item->id.range);
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_deadline_lengthened() {
    return std::make_unique<StageDeadlineLengthened>();
}

}  // namespace reltheme
