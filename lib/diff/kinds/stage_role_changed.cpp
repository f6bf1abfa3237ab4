// stage-role-changed: a stage became or stopped being the payment or the
// shipment stage.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_role_changed() {
    return diffing::stage_pair_kind(
        {"stage-role-changed",
         "A stage's role (payment, shipment) changed: closing on payment and invoices follow it",
         Severity::Warning, Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, const Stage& old_stage,
           const Stage& new_stage, ChangeSink& sink) {
            const auto& before = old_stage.role;
            const auto& after = new_stage.role;
            if (!before && !after) return;
            if (before && after && before->value == after->value) return;
            const std::string stage = diffing::quoted(new_stage.id.value);
            const bool payment = (before && before->value == StageRole::Payment) ||
                                 (after && after->value == StageRole::Payment);
            const std::string consequence =
                payment ? "closing on payment and what happens to unpaid invoices follow the "
                          "payment stage"
                        : "a deal counts as shipped when it reaches the shipment stage";
            std::string message;
            if (before && after) {
                message =
                    fmt::format("role of stage {} changed from {} to {}; {}", stage,
                                to_string(before->value), to_string(after->value), consequence);
            } else if (after) {
                message = fmt::format("stage {} is now the {} stage; {}", stage,
                                      to_string(after->value), consequence);
            } else {
                message = fmt::format("stage {} is no longer the {} stage; {}", stage,
                                      to_string(before->value), consequence);
            }
            Change& c = after ? sink.add(kind, Side::New, after->range, message)
                              : sink.add(kind, Side::Old, before->range, message);
            if (!after) diffing::anchor_at(c, p.new_version, new_stage.id.range);
            if (before) c.before = to_string(before->value);
            if (after) c.after = to_string(after->value);
        });
}

}  // namespace reltheme
