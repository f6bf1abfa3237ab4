// approval-enabled: changing a deal's deadline now needs approval.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_approval_enabled() {
    return diffing::pair_kind(
        {"approval-enabled", "Changing a deal's deadline now needs approval", Severity::Info,
         Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            const Theme& after = p.new_version.theme;
            if (deadline_change_needs_approval(p.old_version.theme) ||
                !deadline_change_needs_approval(after))
                return;
            std::string who;
            for (const auto& a : after.deadline_change->approvers)
                who += (who.empty() ? "" : ", ") + a.value;
            Change& c =
                sink.add(kind, Side::New, after.deadline_change->approval->range,
                         who.empty() ? i18n::message("approval-enabled")
                                     : i18n::message("approval-enabled.by", fmt::arg("who", who)));
            c.before = "none";
            c.after = "required";
        });
}

}  // namespace reltheme
