// field-removed: a deal field that no new field takes over through `formerly`.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_field_removed() {
    return diffing::removed_kind<Field>(
        {"field-removed",
         "A deal field was removed and none lists it in formerly: its values are lost",
         Severity::Error, Breaking::Yes, ChangeOp::Removed},
        &Theme::fields, nullptr, [](const Field& f) {
            return i18n::message("field-removed", fmt::arg("field", diffing::named(f.id, f.name)));
        });
}

}  // namespace reltheme
