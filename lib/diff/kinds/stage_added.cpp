// stage-added: a stage that takes over no old one.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_stage_added() {
    return diffing::added_kind<Stage>(
        {"stage-added", "A new stage", Severity::Info, Breaking::No, ChangeOp::Added},
        &Theme::stages, [](const Stage& s, const std::vector<Stage>& stages) {
            const auto index = static_cast<std::size_t>(&s - stages.data());
            return index == 0 ? i18n::message("stage-added.first",
                                              fmt::arg("stage", diffing::named(s.id, s.name)))
                              : i18n::message(
                                    "stage-added", fmt::arg("stage", diffing::named(s.id, s.name)),
                                    fmt::arg("after", diffing::quoted(stages[index - 1].id.value)));
        });
}

}  // namespace reltheme
