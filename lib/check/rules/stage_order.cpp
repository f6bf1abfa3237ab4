#include <algorithm>

#include <fmt/format.h>

#include "check/routes.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// The CRM shows stages in the order they are listed. A stage listed before
/// every stage that leads to it makes the strip read against the flow of a
/// deal.
class StageOrder final : public Rule {
  public:
    std::string_view id() const override { return "stage-order"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "a stage listed before every stage that leads to it";
    }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales) return;
        const RouteGraph graph(theme);
        for (int s = 1; s < graph.size(); ++s) {
            const auto& previous = graph.previous(s);
            if (previous.empty()) continue;  // unreachable: another rule
            const int earliest = *std::min_element(previous.begin(), previous.end());
            if (earliest < s) continue;
            report(sink, theme.stages[s].id.range,
                   i18n::message("stage-order", fmt::arg("stage", theme.stages[s].id.value),
                                 fmt::arg("first", theme.stages[earliest].id.value)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_stage_order() {
    return std::make_unique<StageOrder>();
}

}  // namespace reltheme::rules
