#pragma once
/// The note the rules about a deal's closing add to a finding: where the
/// theme sets its close policy.
#include "check/context.h"
#include "i18n/messages.h"
#include "util/diagnostic.h"

namespace reltheme::rules {

/// Adds "the close policy is set here" at `parameters.close`, when written.
inline void note_close_policy(const ThemeContext& ctx, Diagnostic& d) {
    const auto& parameters = ctx.theme.parameters;
    if (parameters && parameters->close)
        d.notes.push_back(
            {ctx.source.path(), parameters->close->range, i18n::message("note.close-policy")});
}

}  // namespace reltheme::rules
