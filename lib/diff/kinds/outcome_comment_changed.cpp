// outcome-comment-changed: an outcome now requires a comment, or no longer does.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class OutcomeCommentChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "outcome-comment-changed"; }
    std::string_view summary() const override {
        return "Whether an outcome needs a comment changed";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.outcomes, p.new_version.theme.outcomes)) {
            if (!m.paired()) continue;
            const bool before = m.old_item->comment_required();
            const bool after = m.new_item->comment_required();
            if (before == after) continue;
            const std::string outcome = diffing::quoted(m.new_item->id.value);
            const std::string message =
                after ? fmt::format(
                            "outcome {} now requires a comment; managers must explain it when "
                            "they close a deal with it",
                            outcome)
                      : fmt::format("outcome {} no longer requires a comment", outcome);
            const auto& comment = m.new_item->comment;
            Change& c = sink.add(*this, Side::New, comment ? comment->range : m.new_item->id.range,
                                 message);
            c.before = before ? "required" : "optional";
            c.after = after ? "required" : "optional";
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_outcome_comment_changed() {
    return std::make_unique<OutcomeCommentChanged>();
}

}  // namespace reltheme
