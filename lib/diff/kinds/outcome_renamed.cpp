// outcome-renamed: an outcome's display name changed.
#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_outcome_renamed() {
    return diffing::renamed_kind<Outcome>({"outcome-renamed", "An outcome's name changed",
                                           Severity::Info, Breaking::No, ChangeOp::Changed},
                                          &Theme::outcomes, "outcome-renamed");
}

}  // namespace reltheme
