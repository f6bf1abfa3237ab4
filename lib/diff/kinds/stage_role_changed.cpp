// stage-role-changed: a stage became or stopped being the payment or the
// shipment stage.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class StageRoleChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-role-changed"; }
    std::string_view summary() const override {
        return "A stage's role (payment, shipment) changed: closing on payment and invoices follow "
               "it";
    }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.stages, p.new_version.theme.stages)) {
            if (!m.paired()) continue;
            const auto& before = m.old_item->role;
            const auto& after = m.new_item->role;
            if (!before && !after) continue;
            if (before && after && before->value == after->value) continue;
            const std::string stage = diffing::quoted(m.new_item->id.value);
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
            Change& c = after ? sink.add(*this, Side::New, after->range, message)
                              : sink.add(*this, Side::Old, before->range, message);
            if (!after) diffing::anchor_at(c, p.new_version, m.new_item->id.range);
            if (before) c.before = to_string(before->value);
            if (after) c.after = to_string(after->value);
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_role_changed() {
    return std::make_unique<StageRoleChanged>();
}

}  // namespace reltheme
