// approval-disabled: changing a deal's deadline no longer needs approval.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

bool required(const Theme& t) {
    return t.deadline_change && t.deadline_change->approval &&
           t.deadline_change->approval->value == Approval::Required;
}

class ApprovalDisabled final : public ChangeKind {
  public:
    std::string_view id() const override { return "approval-disabled"; }
    std::string_view summary() const override {
        return "Changing a deal's deadline no longer needs approval: a control is gone";
    }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const Theme& before = p.old_version.theme;
        const Theme& after = p.new_version.theme;
        if (!required(before) || required(after)) return;
        const std::string message =
            "changing a deal's deadline no longer needs approval; managers move deadlines on their "
            "own";
        Change& c =
            after.deadline_change && after.deadline_change->approval
                ? sink.add(*this, Side::New, after.deadline_change->approval->range, message)
                : sink.add(*this, Side::Old, before.deadline_change->approval->range, message);
        c.before = "required";
        c.after = "none";
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_approval_disabled() {
    return std::make_unique<ApprovalDisabled>();
}

}  // namespace reltheme
