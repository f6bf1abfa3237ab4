#include <algorithm>

#include <fmt/format.h>

#include "check/rules/rules.h"

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
        check_kebab(sink, "theme", theme.id);
        for (const auto& s : theme.stages) check_kebab(sink, "stage", s.id);
        for (const auto& o : theme.outcomes) check_kebab(sink, "outcome", o.id);
        for (const auto& d : theme.documents) check_kebab(sink, "document", d.id);
        for (const auto& f : theme.fields) {
            if (f.id.value.find('-') == std::string::npos) continue;
            std::string fixed = f.id.value;
            std::replace(fixed.begin(), fixed.end(), '-', '_');
            report(
                sink, f.id.range,
                fmt::format(
                    "field id \"{}\" is not in snake_case; field ids use underscores (\"{}\"), as "
                    "they appear in placeholders like {{{{fields.{}}}}}",
                    f.id.value, fixed, fixed));
        }
    }

  private:
    void check_kebab(DiagnosticSink& sink, const char* kind, const Id& id) const {
        if (id.value.find('_') == std::string::npos) return;
        std::string fixed = id.value;
        std::replace(fixed.begin(), fixed.end(), '_', '-');
        report(sink, id.range,
               fmt::format("{} id \"{}\" is not in kebab-case; {} ids use hyphens (\"{}\"); only "
                           "field ids use "
                           "underscores",
                           kind, id.value, kind, fixed));
    }
};

}  // namespace

std::unique_ptr<Rule> make_id_style() {
    return std::make_unique<IdStyle>();
}

}  // namespace reltheme::rules
