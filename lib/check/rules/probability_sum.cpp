#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme::rules {
namespace {

/// The probabilities on one stage's `next` add up to more than 1. They are
/// the branch weights of simulation; what they leave below 1 goes to the
/// entries without one, or to closing the deal as lost.
class ProbabilitySum final : public Rule {
  public:
    std::string_view id() const override { return "probability-sum"; }
    ThemeParts needs() const override { return ThemePart::Stages | ThemePart::Transitions; }
    std::string_view summary() const override {
        return "the probabilities on one stage's \"next\" add up to more than 1";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        constexpr double k_tolerance = 1e-9;  // 0.1 + 0.2 + 0.7 is 1.0000000000000002
        for (const auto& s : ctx.theme.stages) {
            double sum = 0;
            int given = 0;
            for (const auto& t : s.next) {
                if (!t.probability) continue;
                sum += t.probability->value;
                ++given;
            }
            if (sum <= 1 + k_tolerance) continue;
            const Range at = s.next_range ? *s.next_range : s.id.range;
            report(sink, at,
                   i18n::message("probability-sum", fmt::arg("stage", excerpt(s.id.value)),
                                 fmt::arg("sum", sum), fmt::arg("given", given)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_probability_sum() {
    return std::make_unique<ProbabilitySum>();
}

}  // namespace reltheme::rules
