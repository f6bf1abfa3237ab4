// field-added: a deal field that takes over no old one.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_field_added() {
    return diffing::added_kind<Field>(
        {"field-added", "A new deal field", Severity::Info, Breaking::No, ChangeOp::Added},
        &Theme::fields, [](const Field& f, const std::vector<Field>&) {
            return i18n::message("field-added", fmt::arg("field", diffing::named(f.id, f.name)),
                                 fmt::arg("type", to_string(f.type.value)));
        });
}

}  // namespace reltheme
