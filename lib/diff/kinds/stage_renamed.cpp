// stage-renamed: a stage's display name changed (its id did not).
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class StageRenamed final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-renamed"; }
    std::string_view summary() const override { return "A stage's name changed"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.stages, p.new_version.theme.stages)) {
            if (!m.paired() || m.old_item->name.value == m.new_item->name.value) continue;
            Change& c = sink.add(
                *this, Side::New, m.new_item->name.range,
                fmt::format("stage {} renamed from {} to {}", diffing::quoted(m.new_item->id.value),
                            diffing::quoted(m.old_item->name.value),
                            diffing::quoted(m.new_item->name.value)));
            c.before = m.old_item->name.value;
            c.after = m.new_item->name.value;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_renamed() {
    return std::make_unique<StageRenamed>();
}

}  // namespace reltheme
