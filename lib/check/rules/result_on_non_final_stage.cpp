#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

/// `result` says how a final stage ends; a stage with `next` is no end, so
/// the key means nothing there. Usually the author meant the stage to be
/// final, or the key belongs to the stage after it.
class ResultOnNonFinalStage final : public Rule {
  public:
    std::string_view id() const override { return "result-on-non-final-stage"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Stages |
               ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "a stage with \"next\" carries result, which only a final stage has";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales) return;
        for (const Stage& stage : theme.stages) {
            if (!stage.result || is_final_stage(stage)) continue;
            report(sink, stage.result->range,
                   i18n::message("result-on-non-final-stage", fmt::arg("stage", stage.id.value),
                                 fmt::arg("result", to_string(stage.result->value))));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_result_on_non_final_stage() {
    return std::make_unique<ResultOnNonFinalStage>();
}

}  // namespace reltheme::rules
