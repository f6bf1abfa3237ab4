// stage-moved: a stage gone from the new version that a new stage lists in
// `formerly`; its open deals move there.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_moved() {
    return diffing::moved_kind<Stage>(
        {"stage-moved",
         "A stage was replaced by one that lists it in formerly: its open deals move there",
         Severity::Info, Breaking::No, ChangeOp::Changed},
        &Theme::stages, [](diffing::MatchHow how, const std::string& from, const std::string& to) {
            return i18n::message(
                how == diffing::MatchHow::Renamed ? "stage-moved" : "stage-moved.merged",
                fmt::arg("from", from), fmt::arg("to", to));
        });
}

}  // namespace reltheme
