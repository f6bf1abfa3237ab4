#include <algorithm>

#include "check/routes.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

/// `close: on-payment` closes a deal when its invoices are paid, at the stage
/// with role payment; without such a stage no deal ever closes as won.
class CloseOnPaymentWithoutPaymentStage final : public Rule {
  public:
    std::string_view id() const override { return "close-on-payment-without-payment-stage"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Stages |
               ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "close: on-payment, but no stage has role: payment";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (close_policy(theme) != ClosePolicy::OnPayment) return;
        const auto payment = stages_with_role(theme, StageRole::Payment);
        if (std::find(payment.begin(), payment.end(), true) != payment.end()) return;
        report(sink, theme.parameters->close->range,
               i18n::message("close-on-payment-without-payment-stage"));
    }
};

}  // namespace

std::unique_ptr<Rule> make_close_on_payment_without_payment_stage() {
    return std::make_unique<CloseOnPaymentWithoutPaymentStage>();
}

}  // namespace reltheme::rules
