// outcome-moved: an outcome gone from the new version that another lists in
// `formerly`; deals closed with it count as that one.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_outcome_moved() {
    return diffing::moved_kind<Outcome>(
        {"outcome-moved", "An outcome was replaced by one that lists it in formerly",
         Severity::Info, Breaking::No, ChangeOp::Changed},
        &Theme::outcomes,
        [](diffing::MatchHow how, const std::string& from, const std::string& to) {
            return i18n::message(
                how == diffing::MatchHow::Renamed ? "outcome-moved" : "outcome-moved.merged",
                fmt::arg("from", from), fmt::arg("to", to));
        });
}

}  // namespace reltheme
