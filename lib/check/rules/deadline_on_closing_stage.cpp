#include <fmt/format.h>

#include "check/rules/rules.h"

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
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales ||
            theme.close_policy() != ClosePolicy::OnFinalStage)
            return;
        for (const Stage& stage : theme.stages) {
            if (!stage.is_final() || !stage.deadline) continue;
            Diagnostic& d = report(
                sink, stage.deadline->range,
                fmt::format(
                    "the deadline of final stage \"{}\" never runs: with close: on-final-stage the "
                    "deal closes as won when it enters the stage; remove the deadline",
                    stage.id.value));
            d.notes.push_back({ctx.source.path(), theme.parameters->close->range,
                               "the close policy is set here"});
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_deadline_on_closing_stage() {
    return std::make_unique<DeadlineOnClosingStage>();
}

}  // namespace reltheme::rules
