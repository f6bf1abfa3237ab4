// stage-moved: a stage gone from the new version that a new stage lists in
// `formerly`; its open deals move there.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class StageMoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-moved"; }
    std::string_view summary() const override {
        return "A stage was replaced by one that lists it in formerly: its open deals move there";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.stages, p.new_version.theme.stages)) {
            if (m.how != diffing::MatchHow::Renamed && m.how != diffing::MatchHow::Merged) continue;
            const std::string& from = m.old_item->id.value;
            const std::string& to = m.new_item->id.value;
            const std::string message =
                m.how == diffing::MatchHow::Renamed
                    ? fmt::format("stage {} is now {}; open deals in it move there",
                                  diffing::quoted(from), diffing::quoted(to))
                    : fmt::format("stage {} merged into {}; open deals in it move there",
                                  diffing::quoted(from), diffing::quoted(to));
            Change& c = sink.add(*this, Side::New, m.formerly->range, message);
            c.before = from;
            c.after = to;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_moved() {
    return std::make_unique<StageMoved>();
}

}  // namespace reltheme
