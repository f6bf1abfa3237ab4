#include <fmt/format.h>

#include "check/rules/rules.h"
#include "check/templates.h"
#include "util/utf8.h"

namespace reltheme::rules {
namespace {

/// Mustache tags in templates, email subjects and instructions (inline and
/// files) that name none of the placeholders of their text
/// (`semantics/placeholders`): client.name, deal.manager, deal.deadline,
/// theme.name, fields.<field-id> of this theme and, where a stage is known,
/// stage.name.
class UnknownPlaceholder final : public Rule {
  public:
    std::string_view id() const override { return "unknown-placeholder"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Documents | ThemePart::Fields;
    }
    FixClass fixes() const override { return FixClass::Unsafe; }
    std::string_view summary() const override {
        return "a {{tag}} in a template, email subject or instruction that names no placeholder";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        Suggester suggester;
        for_each_template(ctx, [&](const TemplateText& t) {
            const Placeholders placeholders(ctx.theme, t.context);
            const TemplateScan scan = scan_template(t.text);
            for (const auto& tag : scan.tags) {
                std::optional<std::string> suggestion;
                const std::string where =
                    t.file
                        ? std::string()
                        : i18n::message("template.where", fmt::arg("what", t.what.prepositional));
                auto message = placeholders.problem(tag, where, suggester, suggestion);
                if (!message) continue;
                bool exact = false;
                Diagnostic d = template_diagnostic(ctx, t, tag.offset, tag.length, exact);
                d.rule = std::string(id());
                d.severity = default_severity();
                d.message = std::move(*message);
                // The fix replaces the name inside the tag (one line).
                const std::string_view raw =
                    std::string_view(t.text).substr(tag.offset, tag.length);
                const std::size_t name_at = tag.name.empty() ? raw.npos : raw.find(tag.name);
                if (suggestion && exact && name_at != raw.npos &&
                    d.range.begin.line == d.range.end.line) {
                    Range name = d.range;
                    name.begin.column += static_cast<int>(utf8_length(raw.substr(0, name_at)));
                    name.end.column = name.begin.column + static_cast<int>(utf8_length(tag.name));
                    d.fix = Fix{name, *suggestion};
                }
                if (t.file) sink.add_source(*t.file);
                sink.add(std::move(d));
            }
        });
    }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_placeholder() {
    return std::make_unique<UnknownPlaceholder>();
}

}  // namespace reltheme::rules
