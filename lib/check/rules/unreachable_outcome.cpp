#include <algorithm>

#include <fmt/format.h>

#include "check/rules/close_policy_note.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

/// A success outcome that no deal can ever get: the theme closes won deals by
/// itself (close: on-final-stage, on-payment), or every final stage ends as
/// failure. Whether an outcome may be recorded in a stage is decided by
/// semantics/deal_life.h, as the scenario engine decides it.
class UnreachableOutcome final : public Rule {
  public:
    std::string_view id() const override { return "unreachable-outcome"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Outcomes;
    }
    std::string_view summary() const override {
        return "a success outcome that no stage lets anyone record (close: on-final-stage or "
               "on-payment, or only failure final stages)";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales) return;
        if (std::none_of(theme.stages.begin(), theme.stages.end(), is_final_stage))
            return;  // no-final-stage
        const ClosePolicy policy = close_policy(theme);
        for (const Outcome& o : theme.outcomes) {
            if (!o.result || o.result->value != OutcomeResult::Success) continue;
            bool recordable = false;
            for (std::size_t s = 0; s < theme.stages.size() && !recordable; ++s)
                recordable =
                    may_record(theme, o.id.value, static_cast<int>(s)) == OutcomeVerdict::Allowed;
            if (recordable) continue;
            Diagnostic& d = report(sink, o.result->range,
                                   i18n::message(why(policy), fmt::arg("outcome", o.id.value)));
            note_close_policy(ctx, d);
        }
    }

  private:
    static const char* why(ClosePolicy policy) {
        switch (policy) {
            case ClosePolicy::OnFinalStage:
                return "unreachable-outcome.on-final-stage";
            case ClosePolicy::OnPayment:
                return "unreachable-outcome.on-payment";
            case ClosePolicy::OnOutcome:
                break;
        }
        return "unreachable-outcome";
    }
};

}  // namespace

std::unique_ptr<Rule> make_unreachable_outcome() {
    return std::make_unique<UnreachableOutcome>();
}

}  // namespace reltheme::rules
