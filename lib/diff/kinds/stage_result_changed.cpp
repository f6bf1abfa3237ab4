// stage-result-changed: a final stage now ends a deal the other way (won or
// lost), its `result` read with the default on both sides.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "semantics/deal_life.h"

namespace reltheme {
namespace {

/// "failure", or "success (default)" when the key is left out.
std::string shown(const Stage& s) {
    return std::string(to_string(final_result(s))) + (s.result ? "" : " (default)");
}

class StageResultChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-result-changed"; }
    std::string_view summary() const override {
        return "A final stage's result flipped: deals ending there count as won instead of lost, "
               "or the other way";
    }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.stages, p.new_version.theme.stages)) {
            if (!m.paired()) continue;
            const Stage& before = *m.old_item;
            const Stage& after = *m.new_item;
            if (!is_final_stage(before) || !is_final_stage(after)) continue;
            if (final_result(before) == final_result(after)) continue;
            const bool lost = final_result(after) == OutcomeResult::Failure;
            const std::string message = fmt::format(
                "final stage {} now ends as {} (was {}); deals that end there count as {}",
                diffing::quoted(after.id.value), shown(after), shown(before),
                lost ? "lost instead of won" : "won instead of lost");
            Change& c = after.result ? sink.add(*this, Side::New, after.result->range, message)
                                     : sink.add(*this, Side::Old, before.result->range, message);
            if (!after.result) diffing::anchor_at(c, p.new_version, after.id.range);
            c.before = to_string(final_result(before));
            c.after = to_string(final_result(after));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_result_changed() {
    return std::make_unique<StageResultChanged>();
}

}  // namespace reltheme
