#include <algorithm>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "check/stage_graph.h"
#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme::rules {
namespace {

/// Stages from which no final stage can be reached: every route from them
/// loops among stages that all have `next` (a trap cycle). Every such stage is
/// reported. Silent when the theme has no final stage at all: that is
/// `no-final-stage`, one finding instead of one per stage.
class DeadEnd final : public Rule {
  public:
    std::string_view id() const override { return "dead-end"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Transitions;
    }
    std::string_view summary() const override {
        return "a stage from which no final stage can be reached (a trap cycle)";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.type.value != ThemeType::Sales) return;
        if (std::none_of(theme.stages.begin(), theme.stages.end(),
                         [](const Stage& s) { return s.is_final(); }))
            return;
        const StageGraph graph = build_stage_graph(theme);
        const auto ok = can_reach_final(theme, graph);
        for (std::size_t i = 0; i < theme.stages.size(); ++i) {
            if (ok[i]) continue;
            const Stage& s = theme.stages[i];
            report(sink, s.id.range,
                   i18n::message("dead-end", fmt::arg("stage", excerpt(s.id.value))));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_dead_end() {
    return std::make_unique<DeadEnd>();
}

}  // namespace reltheme::rules
