// stage-result-changed: a final stage now ends a deal the other way (won or
// lost), its `result` read with the default on both sides.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme {
namespace {

/// "failure", or "success (default)" when the key is left out.
std::string shown(const Stage& s) {
    const std::string result = to_string(final_result(s));
    return s.result ? result : i18n::message("value.default", fmt::arg("value", result));
}

}  // namespace

std::unique_ptr<Rule> rules::make_stage_result_changed() {
    return diffing::stage_pair_kind(
        {"stage-result-changed",
         "A final stage's result flipped: deals ending there count as won instead of lost, or "
         "the other way",
         Severity::Warning, Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, const Stage& before, const Stage& after,
           ChangeSink& sink) {
            if (!is_final_stage(before) || !is_final_stage(after)) return;
            if (final_result(before) == final_result(after)) return;
            const bool lost = final_result(after) == OutcomeResult::Failure;
            const std::string message = i18n::message(
                "stage-result-changed", fmt::arg("stage", diffing::quoted(after.id.value)),
                fmt::arg("now", shown(after)), fmt::arg("was", shown(before)),
                fmt::arg("count", i18n::message(lost ? "stage-result-changed.lost"
                                                     : "stage-result-changed.won")));
            Change& c = after.result ? sink.add(kind, Side::New, after.result->range, message)
                                     : sink.add(kind, Side::Old, before.result->range, message);
            if (!after.result) diffing::anchor_at(c, p.new_version, after.id.range);
            c.before = to_string(final_result(before));
            c.after = to_string(final_result(after));
        });
}

}  // namespace reltheme
