#include <algorithm>

#include "check/routes.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// `after_close.unpaid_invoices` decides the fate of invoices a deal leaves
/// unpaid; a theme without a payment stage never asks for payment, so the
/// setting most likely belongs to a stage that lost its role.
class UnpaidInvoicesWithoutPaymentStage final : public Rule {
  public:
    std::string_view id() const override { return "unpaid-invoices-without-payment-stage"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Stages |
               ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "after_close.unpaid_invoices is set, but no stage has role: payment";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (!theme.parameters || !theme.parameters->unpaid_invoices) return;
        const auto payment = stages_with_role(theme, StageRole::Payment);
        if (std::find(payment.begin(), payment.end(), true) != payment.end()) return;
        report(sink, theme.parameters->unpaid_invoices->range,
               i18n::message("unpaid-invoices-without-payment-stage"));
    }
};

}  // namespace

std::unique_ptr<Rule> make_unpaid_invoices_without_payment_stage() {
    return std::make_unique<UnpaidInvoicesWithoutPaymentStage>();
}

}  // namespace reltheme::rules
