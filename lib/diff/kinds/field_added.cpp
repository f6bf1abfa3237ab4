// field-added: a deal field that takes over no old one.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_field_added() {
    return diffing::added_kind<Field>(
        {"field-added", "A new deal field", Severity::Info, Breaking::No, ChangeOp::Added},
        &Theme::fields, [](const Field& f, const std::vector<Field>&) {
            return fmt::format("field {} added ({}); open deals have it empty",
                               diffing::named(f.id, f.name), to_string(f.type.value));
        });
}

}  // namespace reltheme
