// stage-requires-added: a stage requires a field it did not require before.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_requires_added() {
    return diffing::stage_lists_kind(
        {"stage-requires-added",
         "A stage requires a new field: open deals in or past it may lack it", Severity::Warning,
         Breaking::No, ChangeOp::Added},
        [](const ChangeKind& kind, const ThemePair&, const diffing::NewIds& ids,
           const Stage& before, const Stage& after, ChangeSink& sink) {
            // The old requirements under the fields' new ids.
            const auto added = diffing::entries_without(
                after.requires_fields, [](const Id& r) { return std::optional(r.value); },
                before.requires_fields,
                [&](const Id& r) { return std::optional(ids.field(r.value).value_or(r.value)); });
            for (const Id* r : added) {
                Change& c =
                    sink.add(kind, Side::New, r->range,
                             i18n::message("stage-requires-added",
                                           fmt::arg("stage", diffing::quoted(after.id.value)),
                                           fmt::arg("field", diffing::quoted(r->value))));
                c.after = r->value;
            }
        });
}

}  // namespace reltheme
