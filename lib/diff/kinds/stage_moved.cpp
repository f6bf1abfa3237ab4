// stage-moved: a stage gone from the new version that a new stage lists in
// `formerly`; its open deals move there.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_moved() {
    return diffing::moved_kind<Stage>(
        {"stage-moved",
         "A stage was replaced by one that lists it in formerly: its open deals move there",
         Severity::Info, Breaking::No, ChangeOp::Changed},
        &Theme::stages, [](diffing::MatchHow how, const std::string& from, const std::string& to) {
            return fmt::format("stage {} {} {}; open deals in it move there", from,
                               how == diffing::MatchHow::Renamed ? "is now" : "merged into", to);
        });
}

}  // namespace reltheme
