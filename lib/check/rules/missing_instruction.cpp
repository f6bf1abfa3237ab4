#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme::rules {
namespace {

bool blank(const std::optional<Located<std::string>>& text) {
    return !text || text->value.find_first_not_of(" \t\r\n") == std::string::npos;
}

/// A theme without an instruction, and a sales stage a manager works in
/// without one: the CRM shows them in the deal card, and without them every
/// manager improvises.
class MissingInstruction final : public Rule {
  public:
    std::string_view id() const override { return "missing-instruction"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Parameters | ThemePart::Stages |
               ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "a theme without instruction or instruction_file, or a sales stage without "
               "instruction";
    }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (blank(theme.instruction) && blank(theme.instruction_file)) {
            report(sink, theme.id.range,
                   i18n::message("missing-instruction", fmt::arg("theme", theme.id.value)));
        }
        if (theme.type.value != ThemeType::Sales) return;
        for (std::size_t i = 0; i < theme.stages.size(); ++i) {
            const Stage& stage = theme.stages[i];
            if (!blank(stage.instruction)) continue;
            if (stage_closing(theme, i).on_entry) continue;  // nobody works in it
            report(sink, stage.id.range,
                   i18n::message("missing-instruction.stage", fmt::arg("stage", stage.id.value)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_missing_instruction() {
    return std::make_unique<MissingInstruction>();
}

}  // namespace reltheme::rules
