// outcome-result-changed: deals closed with an outcome (or with one merged into
// it) flip between success and failure.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_outcome_result_changed() {
    return diffing::pair_kind(
        {"outcome-result-changed",
         "An outcome's result flipped: closed deals move between won and lost", Severity::Error,
         Breaking::Yes, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            for (const auto& m :
                 diffing::match_items(p.old_version.theme.outcomes, p.new_version.theme.outcomes)) {
                if (!m.new_item ||
                    result_text(*m.old_item) == std::string_view(result_text(*m.new_item)))
                    continue;
                const char* from = result_text(*m.old_item);
                const char* to = result_text(*m.new_item);
                std::string message;
                if (m.paired()) {
                    const std::string formerly =
                        m.how == diffing::MatchHow::Renamed
                            ? i18n::message("outcome-result-changed.formerly",
                                            fmt::arg("id", diffing::quoted(m.old_item->id.value)))
                            : std::string();
                    message = i18n::message(
                        "outcome-result-changed",
                        fmt::arg("outcome", diffing::quoted(m.new_item->id.value)),
                        fmt::arg("formerly", formerly), fmt::arg("from", from), fmt::arg("to", to));
                } else {
                    message = i18n::message("outcome-result-changed.merged",
                                            fmt::arg("old", diffing::quoted(m.old_item->id.value)),
                                            fmt::arg("from", from),
                                            fmt::arg("new", diffing::quoted(m.new_item->id.value)),
                                            fmt::arg("to", to));
                }
                const Range& at = !m.paired()          ? m.formerly->range
                                  : m.new_item->result ? m.new_item->result->range
                                                       : m.new_item->range;
                Change& c = sink.add(kind, Side::New, at, message);
                c.before = from;
                c.after = to;
            }
        });
}

}  // namespace reltheme
