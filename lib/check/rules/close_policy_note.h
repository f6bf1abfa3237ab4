#pragma once
/// The note the rules about a deal's closing add to a finding: where the
/// theme sets its close policy.
#include "check/context.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"
#include "util/diagnostic.h"

namespace reltheme::rules {

/// Adds "the close policy is set here" at `parameters.close`, when written.
inline void note_close_policy(const ThemeContext& ctx, Diagnostic& d) {
    const auto& parameters = ctx.theme.parameters;
    if (parameters && parameters->close)
        d.notes.push_back(
            {ctx.source.path(), parameters->close->range, i18n::message("note.close-policy")});
}

/// Calls `f(stage, result)` for each stage of a sales theme whose entry closes
/// the deal (`close: on-final-stage`), `result` the way it closes it.
template <class F>
void for_each_stage_closing_on_entry(const Theme& theme, F&& f) {
    if (theme.type.value != ThemeType::Sales) return;
    for (std::size_t i = 0; i < theme.stages.size(); ++i) {
        if (const auto on_entry = stage_closing(theme, i).on_entry) f(theme.stages[i], *on_entry);
    }
}

}  // namespace reltheme::rules
