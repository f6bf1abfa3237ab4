#include <algorithm>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// A sales theme without refusal reasons (outcomes with result failure): lost
/// deals are all just "lost", and nobody can tell why deals fall through.
class MissingOutcomes final : public Rule {
  public:
    std::string_view id() const override { return "missing-outcomes"; }
    ThemeParts needs() const override { return ThemePart::Header | ThemePart::Outcomes; }
    std::string_view summary() const override { return "a sales theme without refusal reasons"; }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales) return;
        const bool any = std::any_of(
            theme.outcomes.begin(), theme.outcomes.end(),
            [](const Outcome& o) { return o.result && o.result->value == OutcomeResult::Failure; });
        if (any) return;
        report(sink, theme.outcomes_range ? *theme.outcomes_range : theme.id.range,
               i18n::message("missing-outcomes", fmt::arg("theme", theme.id.value)));
    }
};

}  // namespace

std::unique_ptr<Rule> make_missing_outcomes() {
    return std::make_unique<MissingOutcomes>();
}

}  // namespace reltheme::rules
