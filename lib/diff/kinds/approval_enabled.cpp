// approval-enabled: changing a deal's deadline now needs approval.
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

class ApprovalEnabled final : public ChangeKind {
  public:
    std::string_view id() const override { return "approval-enabled"; }
    std::string_view summary() const override {
        return "Changing a deal's deadline now needs approval";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const Theme& after = p.new_version.theme;
        if (required(p.old_version.theme) || !required(after)) return;
        std::string who;
        for (const auto& a : after.deadline_change->approvers)
            who += (who.empty() ? "" : ", ") + a.value;
        Change& c =
            sink.add(*this, Side::New, after.deadline_change->approval->range,
                     fmt::format("changing a deal's deadline now needs approval{}; managers can no "
                                 "longer move deadlines on their own",
                                 who.empty() ? "" : " by " + who));
        c.before = "none";
        c.after = "required";
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_approval_enabled() {
    return std::make_unique<ApprovalEnabled>();
}

}  // namespace reltheme
