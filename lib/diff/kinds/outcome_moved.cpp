// outcome-moved: an outcome gone from the new version that another lists in
// `formerly`; deals closed with it count as that one.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class OutcomeMoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "outcome-moved"; }
    std::string_view summary() const override {
        return "An outcome was replaced by one that lists it in formerly";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.outcomes, p.new_version.theme.outcomes)) {
            if (m.how != diffing::MatchHow::Renamed && m.how != diffing::MatchHow::Merged) continue;
            const std::string& from = m.old_item->id.value;
            const std::string& to = m.new_item->id.value;
            Change& c =
                sink.add(*this, Side::New, m.formerly->range,
                         fmt::format("outcome {} {} {}; deals closed with it count as {}",
                                     diffing::quoted(from),
                                     m.how == diffing::MatchHow::Renamed ? "is now" : "merged into",
                                     diffing::quoted(to), diffing::quoted(to)));
            c.before = from;
            c.after = to;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_outcome_moved() {
    return std::make_unique<OutcomeMoved>();
}

}  // namespace reltheme
