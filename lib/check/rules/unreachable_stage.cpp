#include <fmt/format.h>

#include "check/rules/rules.h"
#include "check/stage_graph.h"
#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme::rules {
namespace {

/// Stages no deal can get to: not reachable through `next` from the first
/// stage, where every deal starts. One finding per stage, at its id.
class UnreachableStage final : public Rule {
  public:
    std::string_view id() const override { return "unreachable-stage"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "a stage that cannot be reached from the first stage";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales || theme.stages.size() < 2) return;
        const StageGraph graph = build_stage_graph(theme);
        const auto reached = reachable_from_first(graph);
        const std::string first = excerpt(theme.stages.front().id.value);
        for (std::size_t i = 0; i < theme.stages.size(); ++i) {
            if (reached[i]) continue;
            const Stage& s = theme.stages[i];
            const char* why = graph.incoming[i] == 0 ? "unreachable-stage.no-next"
                                                     : "unreachable-stage.unreachable";
            report(sink, s.id.range,
                   i18n::message(why, fmt::arg("stage", excerpt(s.id.value)),
                                 fmt::arg("first", first)));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unreachable_stage() {
    return std::make_unique<UnreachableStage>();
}

}  // namespace reltheme::rules
