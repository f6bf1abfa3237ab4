#include <fmt/format.h>

#include "check/rules/close_policy_note.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/text_case.h"

namespace reltheme::rules {
namespace {

/// Word stems that name a lost end, in stage ids and (folded) names.
constexpr std::string_view k_refusal_stems[] = {"lost",   "refus", "reject", "declin", "cancel",
                                                "fail",   "churn", "отказ",  "отмен",  "проигр",
                                                "неудач", "потер", "срыв",   "сорвал", "отклон"};

bool reads_as_refusal(const Stage& stage) {
    const std::string name = fold_name(stage.name.value);
    for (const std::string_view stem : k_refusal_stems) {
        if (stage.id.value.find(stem) != std::string::npos || name.find(stem) != std::string::npos)
            return true;
    }
    return false;
}

/// With `close: on-final-stage` entering a final stage closes the deal as won
/// unless the stage says `result: failure`. A final stage named like a
/// refusal («Отказ клиента») without it turns every refusal into a win.
class RefusalStageEndsAsWon final : public Rule {
  public:
    std::string_view id() const override { return "refusal-stage-ends-as-won"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Stages |
               ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "close: on-final-stage, and a final stage named like a refusal has no result: "
               "failure, so deals entering it close as won";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for_each_stage_closing_on_entry(ctx.theme, [&](const Stage& stage, OutcomeResult result) {
            if (stage.result || result != OutcomeResult::Success || !reads_as_refusal(stage))
                return;
            Diagnostic& d =
                report(sink, stage.id.range,
                       i18n::message("refusal-stage-ends-as-won", fmt::arg("stage", stage.id.value),
                                     fmt::arg("name", stage.name.value)));
            note_close_policy(ctx, d);
        });
    }
};

}  // namespace

std::unique_ptr<Rule> make_refusal_stage_ends_as_won() {
    return std::make_unique<RefusalStageEndsAsWon>();
}

}  // namespace reltheme::rules
