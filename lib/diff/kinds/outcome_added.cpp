// outcome-added: an outcome that takes over no old one.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_outcome_added() {
    return diffing::added_kind<Outcome>(
        {"outcome-added", "A new outcome", Severity::Info, Breaking::No, ChangeOp::Added},
        &Theme::outcomes, [](const Outcome& o, const std::vector<Outcome>&) {
            return i18n::message("outcome-added", fmt::arg("outcome", diffing::named(o.id, o.name)),
                                 fmt::arg("result", result_text(o)));
        });
}

}  // namespace reltheme
