// initial-stage-changed: new deals start in another stage.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class InitialStageChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "initial-stage-changed"; }
    std::string_view summary() const override { return "New deals start in another stage"; }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const Theme& before = p.old_version.theme;
        const Theme& after = p.new_version.theme;
        const diffing::Successors<Stage> new_stage_id(before.stages, after.stages);
        if (before.stages.empty() || after.stages.empty()) return;
        const std::string& old_first = before.stages.front().id.value;
        const Stage& new_first = after.stages.front();
        if (new_stage_id(old_first) == new_first.id.value) return;
        Change& c =
            sink.add(*this, Side::New, new_first.id.range,
                     fmt::format("new deals start in stage {} instead of {}; integrations that "
                                 "create deals land elsewhere",
                                 diffing::quoted(new_first.id.value), diffing::quoted(old_first)));
        c.before = old_first;
        c.after = new_first.id.value;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_initial_stage_changed() {
    return std::make_unique<InitialStageChanged>();
}

}  // namespace reltheme
