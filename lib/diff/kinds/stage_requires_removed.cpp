// stage-requires-removed: a stage no longer requires a field.
#include <set>

#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class StageRequiresRemoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-requires-removed"; }
    std::string_view summary() const override { return "A stage no longer requires a field"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Removed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const Theme& before = p.old_version.theme;
        const Theme& after = p.new_version.theme;
        const diffing::Successors<Field> new_field_id(before.fields, after.fields);
        for (const auto& m : diffing::match_items(before.stages, after.stages)) {
            if (!m.paired()) continue;
            std::set<std::string> has;
            for (const Id& r : m.new_item->requires_fields) has.insert(r.value);
            for (const Id& r : m.old_item->requires_fields) {
                const std::string now = new_field_id(r.value).value_or(r.value);
                if (has.count(now)) continue;
                Change& c = sink.add(
                    *this, Side::Old, r.range,
                    fmt::format("stage {} no longer requires field {}",
                                diffing::quoted(m.new_item->id.value), diffing::quoted(r.value)));
                c.before = r.value;
                diffing::anchor_at(c, p.new_version, m.new_item->id.range);
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_requires_removed() {
    return std::make_unique<StageRequiresRemoved>();
}

}  // namespace reltheme
