#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "check/references.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme::rules {
namespace {

/// A stage's `requires` naming a field the theme does not define. (An entry
/// that names one of the theme's documents is `unknown-document`; unknown
/// `{{fields.x}}` placeholders are `unknown-placeholder`.)
class UnknownField final : public Rule {
  public:
    std::string_view id() const override { return "unknown-field"; }
    ThemeParts needs() const override { return ThemePart::Documents | ThemePart::Fields; }
    FixClass fixes() const override { return FixClass::Unsafe; }
    std::string_view summary() const override {
        return "a stage's \"requires\" names a field the theme does not define";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        std::vector<std::string> ids;
        for (const auto& f : theme.fields) ids.push_back(f.id.value);
        const std::unordered_set<std::string_view> fields(ids.begin(), ids.end());
        std::unordered_set<std::string_view> documents;
        for (const auto& d : theme.documents) documents.insert(d.id.value);
        Suggester suggester;
        for (const auto& stage : theme.stages) {
            for (const auto& ref : stage.requires_fields) {
                if (ref.value.empty() || fields.count(ref.value)) continue;
                if (documents.count(ref.value)) continue;  // unknown-document
                if (ids.empty()) {
                    report(
                        sink, ref.range,
                        i18n::message("unknown-field.none", fmt::arg("field", excerpt(ref.value))));
                    continue;
                }
                const auto suggestion = suggester.suggest(ref.value, ids);
                Diagnostic& d =
                    report(sink, ref.range,
                           i18n::message("unknown-field", fmt::arg("field", excerpt(ref.value)),
                                         fmt::arg("suggestion", i18n::did_you_mean(suggestion))));
                if (suggestion) d.fix = replace_scalar(ctx.source, ref.range, *suggestion);
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_field() {
    return std::make_unique<UnknownField>();
}

}  // namespace reltheme::rules
