// field-removed: a deal field that no new field takes over through `formerly`.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_field_removed() {
    return diffing::removed_kind<Field>(
        {"field-removed",
         "A deal field was removed and none lists it in formerly: its values are lost",
         Severity::Error, Breaking::Yes, ChangeOp::Removed},
        &Theme::fields, nullptr, [](const Field& f) {
            return fmt::format(
                "field {} removed; the values deals hold in it are lost (list it in "
                "\"formerly\" of the field that takes them over)",
                diffing::named(f.id, f.name));
        });
}

}  // namespace reltheme
