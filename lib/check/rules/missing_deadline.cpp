#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

/// In a theme that times its deals (max_duration, or deadlines on other
/// stages), a stage without a deadline is where deals stall unnoticed, and the
/// deadline rules count it as taking no time at all.
class MissingDeadline final : public Rule {
  public:
    std::string_view id() const override { return "missing-deadline"; }
    ThemeParts needs() const override {
        return ThemeParts(ThemePart::Header) | ThemePart::MaxDuration | ThemePart::Parameters |
               ThemeParts::stage_list();
    }
    std::string_view summary() const override {
        return "a stage without a deadline in a theme that otherwise times its deals";
    }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales) return;
        bool timed = theme.max_duration.has_value();
        for (const Stage& s : theme.stages) timed = timed || s.deadline.has_value();
        if (!timed) return;
        for (std::size_t i = 0; i < theme.stages.size(); ++i) {
            const Stage& stage = theme.stages[i];
            if (stage.deadline) continue;
            if (stage_closing(theme, i).on_entry) continue;  // its deadline would never run
            report(sink, stage.id.range,
                   i18n::message(theme.max_duration ? "missing-deadline.max" : "missing-deadline",
                                 fmt::arg("stage", stage.id.value)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_missing_deadline() {
    return std::make_unique<MissingDeadline>();
}

}  // namespace reltheme::rules
