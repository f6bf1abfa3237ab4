// outcome-added: an outcome that takes over no old one.
#include <fmt/format.h>

#include "check/rules/rules.h"
#include "diff/change_kind.h"
#include "diff/compare.h"
#include "semantics/deal_life.h"

namespace reltheme {
namespace {

class OutcomeAdded final : public ChangeKind {
  public:
    std::string_view id() const override { return "outcome-added"; }
    std::string_view summary() const override { return "A new outcome"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Added; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const Outcome* o :
             diffing::added_items(p.old_version.theme.outcomes, p.new_version.theme.outcomes)) {
            Change& c = sink.add(*this, Side::New, o->id.range,
                                 fmt::format("outcome {} added ({})",
                                             diffing::named(o->id, o->name), result_text(*o)));
            c.after = o->id.value;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_outcome_added() {
    return std::make_unique<OutcomeAdded>();
}

}  // namespace reltheme
