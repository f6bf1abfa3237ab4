#include <algorithm>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// Ids follow one convention: theme, stage, outcome and document ids in
/// kebab-case (`new-order`), field ids in snake_case (`delivery_date`), as
/// fields appear in placeholders like `{{fields.delivery_date}}`.
class IdStyle final : public Rule {
  public:
    std::string_view id() const override { return "id-style"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Outcomes | ThemePart::Documents |
               ThemePart::Fields;
    }
    std::string_view summary() const override {
        return "an id not in kebab-case (themes, stages, outcomes, documents) or snake_case "
               "(fields)";
    }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        check_kebab(sink, "id-style.theme", theme.id);
        for (const auto& s : theme.stages) check_kebab(sink, "id-style.stage", s.id);
        for (const auto& o : theme.outcomes) check_kebab(sink, "id-style.outcome", o.id);
        for (const auto& d : theme.documents) check_kebab(sink, "id-style.document", d.id);
        for (const auto& f : theme.fields) {
            if (f.id.value.find('-') == std::string::npos) continue;
            std::string fixed = f.id.value;
            std::replace(fixed.begin(), fixed.end(), '-', '_');
            report(sink, f.id.range,
                   i18n::message("id-style.field", fmt::arg("id", f.id.value),
                                 fmt::arg("fixed", fixed)));
        }
    }

  private:
    void check_kebab(DiagnosticSink& sink, const char* message, const Id& id) const {
        if (id.value.find('_') == std::string::npos) return;
        std::string fixed = id.value;
        std::replace(fixed.begin(), fixed.end(), '_', '-');
        report(sink, id.range,
               i18n::message(message, fmt::arg("id", id.value), fmt::arg("fixed", fixed)));
    }
};

}  // namespace

std::unique_ptr<Rule> make_id_style() {
    return std::make_unique<IdStyle>();
}

}  // namespace reltheme::rules
