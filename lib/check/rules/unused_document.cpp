#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// A document attached to no stage is offered nowhere: a template someone
/// wrote and no manager will ever see.
class UnusedDocument final : public Rule {
  public:
    std::string_view id() const override { return "unused-document"; }
    ThemeParts needs() const override { return ThemePart::Documents; }
    std::string_view summary() const override { return "a document attached to no stage"; }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for (const Document& doc : ctx.theme.documents) {
            if (!doc.stages.empty()) continue;
            report(sink, doc.id.range,
                   i18n::message("unused-document", fmt::arg("document", doc.id.value)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unused_document() {
    return std::make_unique<UnusedDocument>();
}

}  // namespace reltheme::rules
