// field-moved: a field gone from the new version that another lists in
// `formerly`; the values carry over.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_field_moved() {
    return diffing::moved_kind<Field>(
        {"field-moved",
         "A deal field was replaced by one that lists it in formerly: values carry over",
         Severity::Info, Breaking::No, ChangeOp::Changed},
        &Theme::fields, [](diffing::MatchHow how, const std::string& from, const std::string& to) {
            return how == diffing::MatchHow::Renamed
                       ? i18n::message("field-moved", fmt::arg("from", from), fmt::arg("to", to))
                       : i18n::message("field-moved.merged", fmt::arg("from", from),
                                       fmt::arg("to", to));
        });
}

}  // namespace reltheme
