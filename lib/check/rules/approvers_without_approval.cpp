#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

/// Approvers listed while `deadline_change.approval` is none: they are never
/// asked, which is rarely what the author meant.
class ApproversWithoutApproval final : public Rule {
  public:
    std::string_view id() const override { return "approvers-without-approval"; }
    ThemeParts needs() const override { return ThemePart::DeadlineChange; }
    std::string_view summary() const override {
        return "approvers are listed, but deadline changes need no approval";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const auto& dc = ctx.theme.deadline_change;
        if (!dc || dc->approvers.empty() || !dc->approvers_range) return;
        if (deadline_change_needs_approval(ctx.theme)) return;
        report(sink, *dc->approvers_range, i18n::message("approvers-without-approval"));
    }
};

}  // namespace

std::unique_ptr<Rule> make_approvers_without_approval() {
    return std::make_unique<ApproversWithoutApproval>();
}

}  // namespace reltheme::rules
