#include <algorithm>

#include <fmt/format.h>

#include "check/routes.h"
#include "check/rules/close_policy_note.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

/// With `close: on-payment` a deal closes as won only by being paid at a
/// payment stage. A route that reaches a final stage around every payment
/// stage leaves its deals open there until someone closes them as lost.
class PaymentNotOnEveryRoute final : public Rule {
  public:
    std::string_view id() const override { return "payment-not-on-every-route"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Stages |
               ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "close: on-payment, but a deal can reach a final stage without passing a payment "
               "stage";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (close_policy(theme) != ClosePolicy::OnPayment || theme.stages.empty()) return;
        const auto payment = winning_stages(theme);  // the payment stages
        if (std::find(payment.begin(), payment.end(), true) == payment.end())
            return;              // another rule
        if (payment[0]) return;  // every deal starts at payment
        const RouteGraph graph(theme);
        const auto all = graph.reachable(0);
        bool any_payment = false;
        for (std::size_t i = 0; i < payment.size(); ++i)
            any_payment = any_payment || (payment[i] && all[i]);
        if (!any_payment) {
            report(sink, theme.parameters->close->range,
                   i18n::message("payment-not-on-every-route.none"));
            return;
        }
        const auto around = graph.reachable(0, payment);
        for (int s = 0; s < graph.size(); ++s) {
            const Stage& stage = theme.stages[s];
            if (!around[s] || !stage.is_final()) continue;
            const auto route = graph.shortest_route(0, s, payment);
            Diagnostic& d = report(
                sink, stage.id.range,
                i18n::message("payment-not-on-every-route", fmt::arg("stage", stage.id.value),
                              fmt::arg("route", route_text(theme, route))));
            note_close_policy(ctx, d);
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_payment_not_on_every_route() {
    return std::make_unique<PaymentNotOnEveryRoute>();
}

}  // namespace reltheme::rules
