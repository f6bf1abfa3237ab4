// stage-requires-removed: a stage no longer requires a field.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_requires_removed() {
    return diffing::stage_lists_kind(
        {"stage-requires-removed", "A stage no longer requires a field", Severity::Info,
         Breaking::No, ChangeOp::Removed},
        [](const ChangeKind& kind, const ThemePair& p, const diffing::NewIds& ids,
           const Stage& before, const Stage& after, ChangeSink& sink) {
            const auto removed = diffing::entries_without(
                before.requires_fields,
                [&](const Id& r) { return std::optional(ids.field(r.value).value_or(r.value)); },
                after.requires_fields, [](const Id& r) { return std::optional(r.value); });
            for (const Id* r : removed) {
                Change& c =
                    sink.add(kind, Side::Old, r->range,
                             i18n::message("stage-requires-removed",
                                           fmt::arg("stage", diffing::quoted(after.id.value)),
                                           fmt::arg("field", diffing::quoted(r->value))));
                c.before = r->value;
                diffing::anchor_at(c, p.new_version, after.id.range);
            }
        });
}

}  // namespace reltheme
