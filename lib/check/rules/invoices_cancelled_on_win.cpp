#include <algorithm>

#include <fmt/format.h>

#include "check/routes.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

/// `close: on-final-stage` closes a deal as won on entering a final stage. If
/// a route gets there around every payment stage (pay on delivery), the
/// invoice is still unpaid at that moment, and `unpaid_invoices: cancel`
/// cancels the very invoice the client is about to pay.
class InvoicesCancelledOnWin final : public Rule {
  public:
    std::string_view id() const override { return "invoices-cancelled-on-win"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Stages |
               ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "deals can close as won before payment, and unpaid_invoices: cancel then cancels "
               "their invoices";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (close_policy(theme) != ClosePolicy::OnFinalStage || theme.stages.empty()) return;
        if (after_close_invoices(theme) != AfterClose::Cancel) return;
        const auto payment = stages_with_role(theme, StageRole::Payment);
        if (std::find(payment.begin(), payment.end(), true) == payment.end()) return;
        if (payment[0]) return;
        // Unset, unpaid_invoices means cancel: the finding then points at the close policy.
        const auto& unpaid = theme.parameters->unpaid_invoices;
        const Range& at = unpaid ? unpaid->range : theme.parameters->close->range;
        const char* message =
            unpaid ? "invoices-cancelled-on-win" : "invoices-cancelled-on-win.unset";
        const RouteGraph graph(theme);
        const auto around = graph.reachable(0, payment);
        for (int s = 0; s < graph.size(); ++s) {
            if (!around[s] || stage_closing(theme, static_cast<std::size_t>(s)).on_entry !=
                                  OutcomeResult::Success)
                continue;
            const auto route = graph.shortest_route(0, s, payment);
            report(sink, at,
                   i18n::message(message, fmt::arg("stage", theme.stages[s].id.value),
                                 fmt::arg("route", route_text(theme, route))));
            return;  // one finding: the setting is what to change
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_invoices_cancelled_on_win() {
    return std::make_unique<InvoicesCancelledOnWin>();
}

}  // namespace reltheme::rules
