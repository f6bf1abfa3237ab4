// approval-disabled: changing a deal's deadline no longer needs approval.
#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_approval_disabled() {
    return diffing::pair_kind(
        {"approval-disabled",
         "Changing a deal's deadline no longer needs approval: a control is gone",
         Severity::Warning, Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            const Theme& before = p.old_version.theme;
            const Theme& after = p.new_version.theme;
            if (!deadline_change_needs_approval(before) || deadline_change_needs_approval(after))
                return;
            const std::string message = i18n::message("approval-disabled");
            Change& c =
                after.deadline_change && after.deadline_change->approval
                    ? sink.add(kind, Side::New, after.deadline_change->approval->range, message)
                    : sink.add(kind, Side::Old, before.deadline_change->approval->range, message);
            c.before = "required";
            c.after = "none";
        });
}

}  // namespace reltheme
