#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme::rules {
namespace {

/// The same target twice in one stage's `next`: at the second occurrence,
/// with a note at the first. Two entries with probabilities would split one
/// branch's weight in two and double-count it in simulation.
class DuplicateTransition final : public Rule {
  public:
    std::string_view id() const override { return "duplicate-transition"; }
    ThemeParts needs() const override { return ThemePart::Stages | ThemePart::Transitions; }
    std::string_view summary() const override {
        return "the same target listed twice in one stage's \"next\"";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for (const auto& s : ctx.theme.stages) {
            std::unordered_map<std::string_view, const Transition*> first;
            for (const auto& t : s.next) {
                const auto [it, inserted] = first.emplace(t.to.value, &t);
                if (inserted) continue;
                Diagnostic& d = report(
                    sink, t.to.range,
                    i18n::message("duplicate-transition", fmt::arg("to", excerpt(t.to.value)),
                                  fmt::arg("stage", excerpt(s.id.value))));
                d.notes.push_back(
                    {ctx.source.path(), it->second->to.range, i18n::message("note.first-listed")});
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_transition() {
    return std::make_unique<DuplicateTransition>();
}

}  // namespace reltheme::rules
