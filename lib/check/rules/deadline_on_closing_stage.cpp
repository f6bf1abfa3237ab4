#include <fmt/format.h>

#include "check/rules/close_policy_note.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// With `close: on-final-stage` the deal closes the moment it enters a final
/// stage, so a deadline there never runs: the author believes a stage is
/// timed that is not.
class DeadlineOnClosingStage final : public Rule {
  public:
    std::string_view id() const override { return "deadline-on-closing-stage"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Stages |
               ThemePart::Transitions | ThemePart::Deadlines;
    }
    std::string_view summary() const override {
        return "a final stage's deadline that never runs, as close: on-final-stage closes the deal "
               "on entry";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for_each_stage_closing_on_entry(ctx.theme, [&](const Stage& stage, OutcomeResult result) {
            if (!stage.deadline) return;
            Diagnostic& d = report(
                sink, stage.deadline->range,
                i18n::message(result == OutcomeResult::Success ? "deadline-on-closing-stage.won"
                                                               : "deadline-on-closing-stage.lost",
                              fmt::arg("stage", stage.id.value)));
            note_close_policy(ctx, d);
        });
    }
};

}  // namespace

std::unique_ptr<Rule> make_deadline_on_closing_stage() {
    return std::make_unique<DeadlineOnClosingStage>();
}

}  // namespace reltheme::rules
