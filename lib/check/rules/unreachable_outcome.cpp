#include <fmt/format.h>

#include "check/rules/rules.h"

namespace reltheme::rules {
namespace {

/// With `close: on-final-stage` a deal closes as won the moment it enters a
/// final stage, and a success outcome can only be recorded in a final stage:
/// no deal can ever get a success outcome the theme defines.
class UnreachableOutcome final : public Rule {
  public:
    std::string_view id() const override { return "unreachable-outcome"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Outcomes;
    }
    std::string_view summary() const override {
        return "a success outcome that close: on-final-stage never lets anyone record";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales ||
            theme.close_policy() != ClosePolicy::OnFinalStage)
            return;
        for (const Outcome& o : theme.outcomes) {
            if (o.result.value != OutcomeResult::Success) continue;
            Diagnostic& d = report(
                sink, o.result.range,
                fmt::format("outcome \"{}\" can never be recorded: with close: on-final-stage "
                            "a deal closes as won on entering a final stage, the only place "
                            "a success outcome may be recorded",
                            o.id.value));
            d.notes.push_back({ctx.source.path(), theme.parameters->close->range,
                               "the close policy is set here"});
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unreachable_outcome() {
    return std::make_unique<UnreachableOutcome>();
}

}  // namespace reltheme::rules
