// outcome-moved: an outcome gone from the new version that another lists in
// `formerly`; deals closed with it count as that one.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_outcome_moved() {
    return diffing::moved_kind<Outcome>(
        {"outcome-moved", "An outcome was replaced by one that lists it in formerly",
         Severity::Info, Breaking::No, ChangeOp::Changed},
        &Theme::outcomes,
        [](diffing::MatchHow how, const std::string& from, const std::string& to) {
            return fmt::format("outcome {} {} {}; deals closed with it count as {}", from,
                               how == diffing::MatchHow::Renamed ? "is now" : "merged into", to,
                               to);
        });
}

}  // namespace reltheme
