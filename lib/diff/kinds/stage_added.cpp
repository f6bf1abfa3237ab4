// stage-added: a stage that takes over no old one.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class StageAdded final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-added"; }
    std::string_view summary() const override { return "A new stage"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Added; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const auto& stages = p.new_version.theme.stages;
        for (const Stage* s : diffing::added_items(p.old_version.theme.stages, stages)) {
            const auto index = static_cast<std::size_t>(s - stages.data());
            const std::string where = index == 0
                                          ? "as the first stage"
                                          : "after " + diffing::quoted(stages[index - 1].id.value);
            Change& c =
                sink.add(*this, Side::New, s->id.range,
                         fmt::format("stage {} added {}", diffing::named(s->id, s->name), where));
            c.after = s->id.value;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_added() {
    return std::make_unique<StageAdded>();
}

}  // namespace reltheme
