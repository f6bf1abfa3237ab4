#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// Outcomes an audit theme adds to its built-in yes and no must ask for a
/// comment: the answer itself is what the audit collects.
class AuditOutcomeComment final : public Rule {
  public:
    std::string_view id() const override { return "audit-outcome-comment"; }
    ThemeParts needs() const override { return ThemePart::Header | ThemePart::Outcomes; }
    std::string_view summary() const override {
        return "an audit outcome without comment: required";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        if (ctx.theme.type.value != ThemeType::Audit) return;
        for (const Outcome& o : ctx.theme.outcomes) {
            if (o.comment_required()) continue;
            const Range& at = o.comment ? o.comment->range : o.id.range;
            report(sink, at,
                   i18n::message("audit-outcome-comment", fmt::arg("outcome", o.id.value)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_audit_outcome_comment() {
    return std::make_unique<AuditOutcomeComment>();
}

}  // namespace reltheme::rules
