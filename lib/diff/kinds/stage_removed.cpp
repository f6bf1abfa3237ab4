// stage-removed: a stage that no new stage takes over through `formerly`.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_removed() {
    return diffing::removed_kind<Stage>(
        {"stage-removed",
         "A stage was removed and no stage lists it in formerly: its open deals are orphaned",
         Severity::Error, Breaking::Yes, ChangeOp::Removed},
        &Theme::stages, &Theme::stages_range, [](const Stage& s) {
            return fmt::format(
                "stage {} removed; open deals in it are orphaned (list it in "
                "\"formerly\" of the stage that takes them over)",
                diffing::named(s.id, s.name));
        });
}

}  // namespace reltheme
