// stage-role-changed: a stage became or stopped being the payment or the
// shipment stage.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

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
            const std::string consequence = i18n::message(payment ? "stage-role-changed.payment"
                                                                  : "stage-role-changed.shipment");
            const auto st = fmt::arg("stage", stage);
            const auto then = fmt::arg("consequence", consequence);
            std::string message;
            if (before && after) {
                message = i18n::message("stage-role-changed", st,
                                        fmt::arg("was", to_string(before->value)),
                                        fmt::arg("now", to_string(after->value)), then);
            } else if (after) {
                message = i18n::message("stage-role-changed.set", st,
                                        fmt::arg("role", to_string(after->value)), then);
            } else {
                message = i18n::message("stage-role-changed.unset", st,
                                        fmt::arg("role", to_string(before->value)), then);
            }
            Change& c = after ? sink.add(kind, Side::New, after->range, message)
                              : sink.add(kind, Side::Old, before->range, message);
            if (!after) diffing::anchor_at(c, p.new_version, new_stage.id.range);
            if (before) c.before = to_string(before->value);
            if (after) c.after = to_string(after->value);
        });
}

}  // namespace reltheme
