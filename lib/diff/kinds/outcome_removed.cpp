// outcome-removed: an outcome that no new outcome takes over through `formerly`.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_outcome_removed() {
    return diffing::removed_kind<Outcome>(
        {"outcome-removed",
         "An outcome was removed and none lists it in formerly: deals closed with it lose it",
         Severity::Error, Breaking::Yes, ChangeOp::Removed},
        &Theme::outcomes, &Theme::outcomes_range, [](const Outcome& o) {
            return fmt::format(
                "outcome {} removed; deals closed with it lose their outcome in "
                "reports (list it in \"formerly\" of the outcome that replaces it)",
                diffing::named(o.id, o.name));
        });
}

}  // namespace reltheme
