#include <map>

#include <fmt/format.h>

#include "check/rules/rules.h"
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
        check_list(ctx, sink, "outcome", ctx.theme.outcomes);
        check_list(ctx, sink, "document", ctx.theme.documents);
        check_list(ctx, sink, "field", ctx.theme.fields);
    }

  private:
    template <class T>
    void check_list(const ThemeContext& ctx, DiagnosticSink& sink, const char* kind,
                    const std::vector<T>& items) const {
        std::map<std::string, const T*> first;
        for (const T& item : items) {
            const std::string key = fold_name(item.name.value);
            if (key.empty()) continue;  // empty-name
            const auto [it, inserted] = first.emplace(key, &item);
            if (inserted) continue;
            Diagnostic& d =
                report(sink, item.name.range,
                       fmt::format("{} \"{}\" has the same name as {} \"{}\" (\"{}\"); managers "
                                   "cannot tell them apart",
                                   kind, item.id.value, kind, it->second->id.value,
                                   excerpt(item.name.value)));
            d.notes.push_back({ctx.source.path(), it->second->name.range, "first used here"});
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_name() {
    return std::make_unique<DuplicateName>();
}

}  // namespace reltheme::rules
