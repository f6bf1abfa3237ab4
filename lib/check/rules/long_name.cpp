#include <fmt/format.h>

#include "check/names.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/utf8.h"

namespace reltheme::rules {
namespace {

constexpr std::size_t k_max_name_chars = 60;

/// Names over 60 characters are cut off in the CRM's stage strip, in lists of
/// outcomes and in menus of documents.
class LongName final : public Rule {
  public:
    std::string_view id() const override { return "long-name"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Outcomes | ThemePart::Documents |
               ThemePart::Fields;
    }
    std::string_view summary() const override { return "a name longer than 60 characters"; }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for (const NamedItem& item : named_items(ctx.theme)) {
            const std::size_t length = utf8_length(item.name->value);
            if (length <= k_max_name_chars) continue;
            report(sink, item.name->range,
                   i18n::message("long-name", fmt::arg("item", item_label(item)),
                                 fmt::arg("length", i18n::count(static_cast<long long>(length),
                                                                "noun.character")),
                                 fmt::arg("max", k_max_name_chars)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_long_name() {
    return std::make_unique<LongName>();
}

}  // namespace reltheme::rules
