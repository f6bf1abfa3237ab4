// approvers-changed: who approves deadline changes is different.
#include <set>

#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

std::vector<std::string> approvers(const Theme& t) {
    std::vector<std::string> out;
    if (t.deadline_change) {
        for (const auto& a : t.deadline_change->approvers) out.push_back(a.value);
    }
    return out;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

}  // namespace

std::unique_ptr<Rule> rules::make_approvers_changed() {
    return diffing::pair_kind(
        {"approvers-changed", "Who approves deadline changes is different", Severity::Info,
         Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            const Theme& before = p.old_version.theme;
            const Theme& after = p.new_version.theme;
            const auto old_list = approvers(before);
            const auto new_list = approvers(after);
            const std::set<std::string> old_set(old_list.begin(), old_list.end());
            const std::set<std::string> new_set(new_list.begin(), new_list.end());
            if (old_set == new_set) return;
            std::vector<std::string> added;
            std::vector<std::string> removed;
            for (const auto& a : new_list) {
                if (!old_set.count(a)) added.push_back(a);
            }
            for (const auto& a : old_list) {
                if (!new_set.count(a)) removed.push_back(a);
            }
            std::string message = i18n::message("approvers-changed");
            if (!added.empty())
                message += i18n::message("approvers-changed.added", fmt::arg("who", join(added)));
            if (!added.empty() && !removed.empty()) message += ";";
            if (!removed.empty()) {
                message +=
                    i18n::message("approvers-changed.removed", fmt::arg("who", join(removed)));
            }
            const auto& dc_after = after.deadline_change;
            Change& c =
                dc_after && dc_after->approvers_range
                    ? sink.add(kind, Side::New, *dc_after->approvers_range, message)
                    : sink.add(kind, Side::Old, *before.deadline_change->approvers_range, message);
            c.before = join(old_list);
            c.after = join(new_list);
        });
}

}  // namespace reltheme
