// outcome-comment-changed: an outcome now requires a comment, or no longer does.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_outcome_comment_changed() {
    return diffing::item_pair_kind(
        {"outcome-comment-changed", "Whether an outcome needs a comment changed", Severity::Info,
         Breaking::No, ChangeOp::Changed},
        &Theme::outcomes,
        [](const ChangeKind& kind, const ThemePair&, const Outcome& old_outcome,
           const Outcome& new_outcome, ChangeSink& sink) {
            const bool before = old_outcome.comment_required();
            const bool after = new_outcome.comment_required();
            if (before == after) return;
            const std::string outcome = diffing::quoted(new_outcome.id.value);
            const std::string message = i18n::message(
                after ? "outcome-comment-changed" : "outcome-comment-changed.optional",
                fmt::arg("outcome", outcome));
            const auto& comment = new_outcome.comment;
            Change& c =
                sink.add(kind, Side::New, comment ? comment->range : new_outcome.id.range, message);
            c.before = before ? "required" : "optional";
            c.after = after ? "required" : "optional";
        });
}

}  // namespace reltheme
