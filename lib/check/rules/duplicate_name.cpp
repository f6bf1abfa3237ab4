#include <map>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"
#include "util/text_case.h"

namespace reltheme::rules {
namespace {

/// Two outcomes, documents or fields with the same name (ignoring case and
/// spacing): the manager picks from a list where both look the same.
class DuplicateName final : public Rule {
  public:
    std::string_view id() const override { return "duplicate-name"; }
    ThemeParts needs() const override {
        return ThemePart::Outcomes | ThemePart::Documents | ThemePart::Fields;
    }
    std::string_view summary() const override {
        return "two outcomes, documents or fields with the same name";
    }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        check_list(ctx, sink, "duplicate-name.outcome", ctx.theme.outcomes);
        check_list(ctx, sink, "duplicate-name.document", ctx.theme.documents);
        check_list(ctx, sink, "duplicate-name.field", ctx.theme.fields);
    }

  private:
    template <class T>
    void check_list(const ThemeContext& ctx, DiagnosticSink& sink, const char* message,
                    const std::vector<T>& items) const {
        std::map<std::string, const T*> first;
        for (const T& item : items) {
            const std::string key = fold_name(item.name.value);
            if (key.empty()) continue;  // empty-name
            const auto [it, inserted] = first.emplace(key, &item);
            if (inserted) continue;
            Diagnostic& d = report(sink, item.name.range,
                                   i18n::message(message, fmt::arg("id", item.id.value),
                                                 fmt::arg("first", it->second->id.value),
                                                 fmt::arg("name", excerpt(item.name.value))));
            d.notes.push_back(
                {ctx.source.path(), it->second->name.range, i18n::message("note.first-used")});
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_name() {
    return std::make_unique<DuplicateName>();
}

}  // namespace reltheme::rules
