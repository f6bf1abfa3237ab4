#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

constexpr std::size_t k_max_stages = 30;

/// More than 30 stages: the ceiling some CRMs enforce, and more than a stage
/// strip can show or a manager can keep in mind.
class TooManyStages final : public Rule {
  public:
    std::string_view id() const override { return "too-many-stages"; }
    ThemeParts needs() const override { return ThemePart::Stages; }
    std::string_view summary() const override { return "more than 30 stages"; }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const auto& stages = ctx.theme.stages;
        if (stages.size() <= k_max_stages) return;
        report(sink, stages[k_max_stages].id.range,
               i18n::message("too-many-stages",
                             fmt::arg("stages", i18n::count(static_cast<long long>(stages.size()),
                                                            "noun.stage")),
                             fmt::arg("max", k_max_stages),
                             fmt::arg("stage", stages[k_max_stages].id.value)));
    }
};

}  // namespace

std::unique_ptr<Rule> make_too_many_stages() {
    return std::make_unique<TooManyStages>();
}

}  // namespace reltheme::rules
