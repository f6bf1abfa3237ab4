#include <fmt/format.h>

#include "check/rules/rules.h"
#include "check/templates.h"

namespace reltheme::rules {
namespace {

/// A template, email subject or instruction that is not valid Mustache: an
/// unclosed tag, a section never closed or closed without being opened, a bad
/// set-delimiter tag. Nothing after the mistake can be trusted to render.
class TemplateSyntax final : public Rule {
  public:
    std::string_view id() const override { return "template-syntax"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Documents;
    }
    std::string_view summary() const override {
        return "a template, email subject or instruction that is not valid Mustache";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for_each_template(ctx, [&](const TemplateText& t) {
            const TemplateScan scan = scan_template(t.text);
            if (!scan.error) return;
            bool exact = false;
            Diagnostic d =
                template_diagnostic(ctx, t, scan.error->offset, scan.error->length, exact);
            d.rule = std::string(id());
            d.severity = default_severity();
            d.message = scan.error->message;
            if (!t.file)
                d.message += i18n::message("template.in", fmt::arg("what", t.what.prepositional));
            if (t.file) sink.add_source(*t.file);
            sink.add(std::move(d));
        });
    }
};

}  // namespace

std::unique_ptr<Rule> make_template_syntax() {
    return std::make_unique<TemplateSyntax>();
}

}  // namespace reltheme::rules
