#include <fmt/format.h>

#include "check/names.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"
#include "util/text_case.h"

namespace reltheme::rules {
namespace {

/// A name starting with a lower-case letter (Latin or Cyrillic) stands out
/// among the capitalised names of the stage strip and of reports.
class NameCase final : public Rule {
  public:
    std::string_view id() const override { return "name-case"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Outcomes | ThemePart::Documents |
               ThemePart::Fields;
    }
    std::string_view summary() const override {
        return "a name that starts with a lower-case letter";
    }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for (const NamedItem& item : named_items(ctx.theme)) {
            const std::string& name = item.name->value;
            const auto start = name.find_first_not_of(" \t\r\n");
            if (start == std::string::npos) continue;  // empty-name
            if (!is_lower_letter(first_code_point(std::string_view(name).substr(start)))) continue;
            report(sink, item.name->range,
                   i18n::message("name-case", fmt::arg("item", item_label(item)),
                                 fmt::arg("name", excerpt(name))));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_name_case() {
    return std::make_unique<NameCase>();
}

}  // namespace reltheme::rules
