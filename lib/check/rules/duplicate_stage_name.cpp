#include <map>

#include <fmt/format.h>

#include "check/rules/rules.h"
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
            Diagnostic& d = report(
                sink, stage.name.range,
                fmt::format("stage \"{}\" has the same name as stage \"{}\" (\"{}\"); "
                            "managers cannot tell them apart",
                            stage.id.value, it->second->id.value, excerpt(stage.name.value)));
            d.notes.push_back({ctx.source.path(), it->second->name.range, "first used here"});
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_stage_name() {
    return std::make_unique<DuplicateStageName>();
}

}  // namespace reltheme::rules
