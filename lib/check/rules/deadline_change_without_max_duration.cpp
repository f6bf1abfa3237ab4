#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// `deadline_change` governs changing the deal's term, which `max_duration`
/// sets; without it there is no term to change.
class DeadlineChangeWithoutMaxDuration final : public Rule {
  public:
    std::string_view id() const override { return "deadline-change-without-max-duration"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::DeadlineChange | ThemePart::MaxDuration;
    }
    std::string_view summary() const override {
        return "deadline_change is set, but there is no max_duration to change";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales || !theme.deadline_change || theme.max_duration)
            return;
        report(sink, theme.deadline_change->key_range,
               i18n::message("deadline-change-without-max-duration"));
    }
};

}  // namespace

std::unique_ptr<Rule> make_deadline_change_without_max_duration() {
    return std::make_unique<DeadlineChangeWithoutMaxDuration>();
}

}  // namespace reltheme::rules
