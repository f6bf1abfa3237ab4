// stage-added: a stage that takes over no old one.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_added() {
    return diffing::added_kind<Stage>(
        {"stage-added", "A new stage", Severity::Info, Breaking::No, ChangeOp::Added},
        &Theme::stages, [](const Stage& s, const std::vector<Stage>& stages) {
            const auto index = static_cast<std::size_t>(&s - stages.data());
            const std::string where = index == 0
                                          ? "as the first stage"
                                          : "after " + diffing::quoted(stages[index - 1].id.value);
            return fmt::format("stage {} added {}", diffing::named(s.id, s.name), where);
        });
}

}  // namespace reltheme
