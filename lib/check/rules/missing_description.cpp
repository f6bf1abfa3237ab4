#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// A theme without a description: the list of themes a manager picks from
/// shows it, and with several sales directions the names alone rarely tell
/// them apart.
class MissingDescription final : public Rule {
  public:
    std::string_view id() const override { return "missing-description"; }
    ThemeParts needs() const override { return ThemePart::Header; }
    std::string_view summary() const override { return "a theme without a description"; }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        const auto& d = theme.description;
        if (d && d->value.find_first_not_of(" \t\r\n") != std::string::npos) return;
        report(sink, d ? d->range : theme.id.range,
               i18n::message("missing-description", fmt::arg("theme", theme.id.value)));
    }
};

}  // namespace

std::unique_ptr<Rule> make_missing_description() {
    return std::make_unique<MissingDescription>();
}

}  // namespace reltheme::rules
