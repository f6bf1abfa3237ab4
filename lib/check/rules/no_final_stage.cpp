#include <algorithm>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// Every stage has `next`: no route ever ends, so a deal can never complete
/// its way through the stages. Reported once, at the first stage's id.
class NoFinalStage final : public Rule {
  public:
    std::string_view id() const override { return "no-final-stage"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "a sales theme in which every stage has \"next\" (no stage ends a route)";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales || theme.stages.empty()) return;
        const bool any_final = std::any_of(theme.stages.begin(), theme.stages.end(),
                                           [](const Stage& s) { return s.is_final(); });
        if (any_final) return;
        report(sink, theme.stages.front().id.range,
               theme.stages.size() == 1
                   ? i18n::message("no-final-stage.one")
                   : i18n::message("no-final-stage", fmt::arg("count", theme.stages.size())));
    }
};

}  // namespace

std::unique_ptr<Rule> make_no_final_stage() {
    return std::make_unique<NoFinalStage>();
}

}  // namespace reltheme::rules
