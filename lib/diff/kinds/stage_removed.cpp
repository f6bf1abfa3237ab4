// stage-removed: a stage that no new stage takes over through `formerly`.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_removed() {
    return diffing::removed_kind<Stage>(
        {"stage-removed",
         "A stage was removed and no stage lists it in formerly: its open deals are orphaned",
         Severity::Error, Breaking::Yes, ChangeOp::Removed},
        &Theme::stages, &Theme::stages_range, [](const Stage& s) {
            return i18n::message("stage-removed", fmt::arg("stage", diffing::named(s.id, s.name)));
        });
}

}  // namespace reltheme
