// field-option-added: an enum field offers a new option.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_field_option_added() {
    return diffing::item_pair_kind(
        {"field-option-added", "An enum field offers a new option", Severity::Info, Breaking::No,
         ChangeOp::Added},
        &Theme::fields,
        [](const ChangeKind& kind, const ThemePair&, const Field& before, const Field& after,
           ChangeSink& sink) {
            if (before.type.value != FieldType::Enum || after.type.value != FieldType::Enum) return;
            const auto option = [](const auto& o) { return std::optional(o.value); };
            for (const auto* o :
                 diffing::entries_without(after.options, option, before.options, option)) {
                Change& c =
                    sink.add(kind, Side::New, o->range,
                             i18n::message("field-option-added",
                                           fmt::arg("option", diffing::quoted(o->value)),
                                           fmt::arg("field", diffing::quoted(after.id.value))));
                c.after = o->value;
            }
        });
}

}  // namespace reltheme
