#include <fmt/format.h>

#include "check/deadlines.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// One stage's deadline, started on each weekday, against max_duration started
/// at the same moment: an error when it is longer whatever the weekday, a
/// warning naming the weekdays when business days make it depend on them.
class StageDeadlineExceedsMax final : public Rule {
  public:
    std::string_view id() const override { return "stage-deadline-exceeds-max"; }
    ThemeParts needs() const override {
        return ThemePart::MaxDuration | ThemePart::Stages | ThemePart::Deadlines;
    }
    std::string_view summary() const override {
        return "one stage's deadline is longer than max_duration";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        const DeadlineFindings found = find_deadline_findings(theme, false);
        for (const auto& overrun : found.overruns) {
            const Stage& stage = theme.stages[overrun.stage];
            const auto& deadline = *stage.deadline;
            const std::string max = theme.max_duration->value.to_string();
            const bool always = overrun.days.all();
            const std::string message =
                always ? i18n::message("stage-deadline-exceeds-max.always",
                                       fmt::arg("deadline", deadline.value.to_string()),
                                       fmt::arg("stage", stage.id.value), fmt::arg("max", max))
                       : i18n::message("stage-deadline-exceeds-max",
                                       fmt::arg("deadline", deadline.value.to_string()),
                                       fmt::arg("stage", stage.id.value), fmt::arg("max", max),
                                       fmt::arg("days", weekday_list(overrun.days)));
            Diagnostic& d =
                sink.report(std::string(id()), always ? Severity::Error : Severity::Warning,
                            deadline.range, message);
            d.notes.push_back(
                {ctx.source.path(), theme.max_duration->range, i18n::message("note.max-duration")});
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_stage_deadline_exceeds_max() {
    return std::make_unique<StageDeadlineExceedsMax>();
}

}  // namespace reltheme::rules
