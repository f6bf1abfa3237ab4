#include <fmt/format.h>

#include "check/names.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/text_case.h"

namespace reltheme::rules {
namespace {

/// An empty or blank name: the stage strip, the outcome list or the document
/// menu shows a gap where the manager expects words.
class EmptyName final : public Rule {
  public:
    std::string_view id() const override { return "empty-name"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Outcomes | ThemePart::Documents |
               ThemePart::Fields;
    }
    std::string_view summary() const override { return "a name that is empty or only spaces"; }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for (const NamedItem& item : named_items(ctx.theme)) {
            if (!fold_name(item.name->value).empty()) continue;
            report(sink, item.name->range,
                   i18n::message("empty-name", fmt::arg("item", item_label(item))));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_empty_name() {
    return std::make_unique<EmptyName>();
}

}  // namespace reltheme::rules
