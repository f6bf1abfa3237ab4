#include <map>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "load/rule_ids.h"

namespace reltheme::rules {
namespace {

/// Ids repeated within one list are reported by the loader; this rule adds
/// theme ids repeated across the files of one run.
class DuplicateId final : public Rule {
  public:
    std::string_view id() const override { return rule_id::k_duplicate_id; }
    std::string_view summary() const override {
        return "an id used twice in one list, or a theme id used by two files";
    }
    RuleGroup group() const override { return RuleGroup::Structure; }

    void check_all(const std::vector<ThemeSummary>& themes,
                   std::vector<Diagnostic>& out) const override {
        std::map<std::string, const ThemeSummary*> first;
        for (const auto& t : themes) {
            if (t.id.empty()) continue;
            const auto [it, inserted] = first.emplace(t.id, &t);
            if (inserted) continue;
            Diagnostic d;
            d.severity = default_severity();
            d.rule = std::string(id());
            d.file = t.file;
            d.range = t.id_range;
            d.message = i18n::message("duplicate-id", fmt::arg("theme", t.id),
                                      fmt::arg("file", it->second->file));
            d.notes.push_back(
                {it->second->file, it->second->id_range, i18n::message("note.first-defined")});
            out.push_back(std::move(d));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_id() {
    return std::make_unique<DuplicateId>();
}

}  // namespace reltheme::rules
