#include <fmt/format.h>

#include "check/routes.h"
#include "check/rules/close_policy_note.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

/// With `close: on-payment` a deal closes once paid at its payment stage; the
/// stages after it see only deals that moved on unpaid, which is not what a
/// shipment stage after payment is meant for.
class StagesAfterPayment final : public Rule {
  public:
    std::string_view id() const override { return "stages-after-payment"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Stages |
               ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "close: on-payment closes deals at the payment stage, yet stages follow it";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (close_policy(theme) != ClosePolicy::OnPayment) return;
        const RouteGraph graph(theme);
        const auto wins = winning_stages(theme);  // the payment stages
        for (int s = 0; s < graph.size(); ++s) {
            const Stage& stage = theme.stages[s];
            if (!wins[s]) continue;
            if (graph.next(s).empty() || !stage.next_range) continue;
            std::vector<std::string> after;
            for (const int t : graph.next(s)) after.push_back(theme.stages[t].id.value);
            Diagnostic& d = report(
                sink, *stage.next_range,
                i18n::message(
                    after.size() == 1 ? "stages-after-payment.one" : "stages-after-payment",
                    fmt::arg("stage", stage.id.value), fmt::arg("after", quoted_list(after))));
            note_close_policy(ctx, d);
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_stages_after_payment() {
    return std::make_unique<StagesAfterPayment>();
}

}  // namespace reltheme::rules
