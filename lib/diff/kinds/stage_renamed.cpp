// stage-renamed: a stage's display name changed (its id did not).
#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_renamed() {
    return diffing::renamed_kind<Stage>({"stage-renamed", "A stage's name changed", Severity::Info,
                                         Breaking::No, ChangeOp::Changed},
                                        &Theme::stages, "stage-renamed");
}

}  // namespace reltheme
