// outcome-removed: an outcome that no new outcome takes over through `formerly`.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_outcome_removed() {
    return diffing::removed_kind<Outcome>(
        {"outcome-removed",
         "An outcome was removed and none lists it in formerly: deals closed with it lose it",
         Severity::Error, Breaking::Yes, ChangeOp::Removed},
        &Theme::outcomes, &Theme::outcomes_range, [](const Outcome& o) {
            return i18n::message("outcome-removed",
                                 fmt::arg("outcome", diffing::named(o.id, o.name)));
        });
}

}  // namespace reltheme
