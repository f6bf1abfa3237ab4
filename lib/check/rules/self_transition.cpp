#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme::rules {
namespace {

/// A stage listing itself in `next`: staying in a stage needs no transition,
/// so this is usually a copy-paste slip. A warning: it does no harm.
class SelfTransition final : public Rule {
  public:
    std::string_view id() const override { return "self-transition"; }
    ThemeParts needs() const override { return ThemePart::Stages | ThemePart::Transitions; }
    std::string_view summary() const override { return "a stage that lists itself in \"next\""; }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for (const auto& s : ctx.theme.stages) {
            for (const auto& t : s.next) {
                if (t.to.value != s.id.value) continue;
                report(sink, t.to.range,
                       i18n::message("self-transition", fmt::arg("stage", excerpt(s.id.value))));
                break;  // a second one is duplicate-transition
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_self_transition() {
    return std::make_unique<SelfTransition>();
}

}  // namespace reltheme::rules
