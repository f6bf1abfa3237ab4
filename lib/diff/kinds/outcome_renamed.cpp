// outcome-renamed: an outcome's display name changed.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class OutcomeRenamed final : public ChangeKind {
  public:
    std::string_view id() const override { return "outcome-renamed"; }
    std::string_view summary() const override { return "An outcome's name changed"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.outcomes, p.new_version.theme.outcomes)) {
            if (!m.paired() || m.old_item->name.value == m.new_item->name.value) continue;
            Change& c = sink.add(*this, Side::New, m.new_item->name.range,
                                 fmt::format("outcome {} renamed from {} to {}",
                                             diffing::quoted(m.new_item->id.value),
                                             diffing::quoted(m.old_item->name.value),
                                             diffing::quoted(m.new_item->name.value)));
            c.before = m.old_item->name.value;
            c.after = m.new_item->name.value;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_outcome_renamed() {
    return std::make_unique<OutcomeRenamed>();
}

}  // namespace reltheme
