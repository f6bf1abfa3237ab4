// probability-changed: the forecast weight of a stage or the branch weight of
// a transition changed.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

using Probability = std::optional<Located<double>>;

class ProbabilityChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "probability-changed"; }
    std::string_view summary() const override {
        return "The probability of a stage or of a transition changed (forecasts, simulation)";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const Theme& before = p.old_version.theme;
        const Theme& after = p.new_version.theme;
        const diffing::Successors<Stage> new_stage_id(before.stages, after.stages);
        for (const auto& m : diffing::match_items(before.stages, after.stages)) {
            if (!m.paired()) continue;
            const Stage& s = *m.new_item;
            report(p, sink, "stage " + diffing::quoted(s.id.value), m.old_item->probability,
                   s.probability, s.id.range);
            for (const Transition& t : m.old_item->next) {
                const auto to = new_stage_id(t.to.value);
                if (!to) continue;
                const auto it =
                    std::find_if(s.next.begin(), s.next.end(),
                                 [&](const Transition& n) { return n.to.value == *to; });
                if (it == s.next.end()) continue;
                report(p, sink,
                       fmt::format("transition {} -> {}", diffing::quoted(s.id.value),
                                   diffing::quoted(*to)),
                       t.probability, it->probability, it->range);
            }
        }
    }

  private:
    void report(const ThemePair& p, ChangeSink& sink, const std::string& what,
                const Probability& before, const Probability& after, const Range& anchor) const {
        if (!before && !after) return;
        if (before && after && before->value == after->value) return;
        std::string message;
        if (before && after) {
            message = fmt::format("probability of {} changed from {} to {}", what, before->value,
                                  after->value);
        } else if (after) {
            message = fmt::format("probability of {} set to {}", what, after->value);
        } else {
            message = fmt::format("probability of {} ({}) removed", what, before->value);
        }
        Change& c = after ? sink.add(*this, Side::New, after->range, message)
                          : sink.add(*this, Side::Old, before->range, message);
        if (!after) diffing::anchor_at(c, p.new_version, anchor);
        if (before) c.before = fmt::format("{}", before->value);
        if (after) c.after = fmt::format("{}", after->value);
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_probability_changed() {
    return std::make_unique<ProbabilityChanged>();
}

}  // namespace reltheme
