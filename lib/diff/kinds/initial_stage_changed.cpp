// initial-stage-changed: new deals start in another stage.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_initial_stage_changed() {
    return diffing::pair_kind(
        {"initial-stage-changed", "New deals start in another stage", Severity::Warning,
         Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            const Theme& before = p.old_version.theme;
            const Theme& after = p.new_version.theme;
            if (before.stages.empty() || after.stages.empty()) return;
            const diffing::Successors<Stage> new_stage_id(before.stages, after.stages);
            const std::string& old_first = before.stages.front().id.value;
            const Stage& new_first = after.stages.front();
            if (new_stage_id(old_first) == new_first.id.value) return;
            Change& c =
                sink.add(kind, Side::New, new_first.id.range,
                         i18n::message("initial-stage-changed",
                                       fmt::arg("stage", diffing::quoted(new_first.id.value)),
                                       fmt::arg("was", diffing::quoted(old_first))));
            c.before = old_first;
            c.after = new_first.id.value;
        });
}

}  // namespace reltheme
