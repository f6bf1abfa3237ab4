// field-type-changed: the values deals hold in a field need converting.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_field_type_changed() {
    return diffing::pair_kind(
        {"field-type-changed",
         "A deal field's type changed: the values deals hold must be converted", Severity::Error,
         Breaking::Yes, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            for (const auto& m :
                 diffing::match_items(p.old_version.theme.fields, p.new_version.theme.fields)) {
                if (!m.new_item || m.old_item->type.value == m.new_item->type.value) continue;
                const char* from = to_string(m.old_item->type.value);
                const char* to = to_string(m.new_item->type.value);
                std::string message;
                if (m.paired()) {
                    message =
                        i18n::message("field-type-changed",
                                      fmt::arg("field", diffing::quoted(m.new_item->id.value)),
                                      fmt::arg("from", from), fmt::arg("to", to));
                } else {
                    message = i18n::message("field-type-changed.merged",
                                            fmt::arg("old", diffing::quoted(m.old_item->id.value)),
                                            fmt::arg("from", from),
                                            fmt::arg("new", diffing::quoted(m.new_item->id.value)),
                                            fmt::arg("to", to));
                }
                const Range& at = m.paired() ? m.new_item->type.range : m.formerly->range;
                Change& c = sink.add(kind, Side::New, at, message);
                c.before = from;
                c.after = to;
            }
        });
}

}  // namespace reltheme
