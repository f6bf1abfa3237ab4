// field-option-removed: an enum field no longer offers a value deals may hold.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_field_option_removed() {
    return diffing::item_pair_kind(
        {"field-option-removed",
         "An enum field lost an option: deals that chose it hold a value it no longer offers",
         Severity::Error, Breaking::Yes, ChangeOp::Removed},
        &Theme::fields,
        [](const ChangeKind& kind, const ThemePair& p, const Field& before, const Field& after,
           ChangeSink& sink) {
            if (before.type.value != FieldType::Enum || after.type.value != FieldType::Enum) return;
            const auto option = [](const auto& o) { return std::optional(o.value); };
            for (const auto* o :
                 diffing::entries_without(before.options, option, after.options, option)) {
                Change& c =
                    sink.add(kind, Side::Old, o->range,
                             i18n::message("field-option-removed",
                                           fmt::arg("option", diffing::quoted(o->value)),
                                           fmt::arg("field", diffing::quoted(after.id.value))));
                c.before = o->value;
                diffing::anchor_at(c, p.new_version, after.id.range);
            }
        });
}

}  // namespace reltheme
