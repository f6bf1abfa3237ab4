#include <map>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"
#include "util/text_case.h"

namespace reltheme::rules {
namespace {

/// Two stages with the same name (ignoring case and spacing) look like one
/// stage in the CRM's stage strip and in reports.
class DuplicateStageName final : public Rule {
  public:
    std::string_view id() const override { return "duplicate-stage-name"; }
    ThemeParts needs() const override { return ThemePart::Stages; }
    std::string_view summary() const override { return "two stages with the same name"; }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        std::map<std::string, const Stage*> first;
        for (const Stage& stage : ctx.theme.stages) {
            const std::string key = fold_name(stage.name.value);
            if (key.empty()) continue;  // empty-name
            const auto [it, inserted] = first.emplace(key, &stage);
            if (inserted) continue;
            Diagnostic& d =
                report(sink, stage.name.range,
                       i18n::message("duplicate-stage-name", fmt::arg("id", stage.id.value),
                                     fmt::arg("first", it->second->id.value),
                                     fmt::arg("name", excerpt(stage.name.value))));
            d.notes.push_back(
                {ctx.source.path(), it->second->name.range, i18n::message("note.first-used")});
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_stage_name() {
    return std::make_unique<DuplicateStageName>();
}

}  // namespace reltheme::rules
