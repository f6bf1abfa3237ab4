#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

/// `deadline_change.approval: required` with nobody listed to approve: no
/// deadline can ever be extended.
class ApprovalWithoutApprovers final : public Rule {
  public:
    std::string_view id() const override { return "approval-without-approvers"; }
    ThemeParts needs() const override { return ThemePart::DeadlineChange; }
    std::string_view summary() const override {
        return "deadline changes need approval, but no approvers are listed";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const auto& dc = ctx.theme.deadline_change;
        if (!deadline_change_needs_approval(ctx.theme)) return;
        if (!dc->approvers.empty()) return;
        report(sink, dc->approval->range, i18n::message("approval-without-approvers"));
    }
};

}  // namespace

std::unique_ptr<Rule> make_approval_without_approvers() {
    return std::make_unique<ApprovalWithoutApprovers>();
}

}  // namespace reltheme::rules
