// stage-requires-added: a stage requires a field it did not require before.
#include <set>

#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class StageRequiresAdded final : public ChangeKind {
  public:
    std::string_view id() const override { return "stage-requires-added"; }
    std::string_view summary() const override {
        return "A stage requires a new field: open deals in or past it may lack it";
    }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Added; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const Theme& before = p.old_version.theme;
        const Theme& after = p.new_version.theme;
        const diffing::Successors<Field> new_field_id(before.fields, after.fields);
        for (const auto& m : diffing::match_items(before.stages, after.stages)) {
            if (!m.paired()) continue;
            // The old requirements under the fields' new ids.
            std::set<std::string> had;
            for (const Id& r : m.old_item->requires_fields) {
                had.insert(new_field_id(r.value).value_or(r.value));
            }
            for (const Id& r : m.new_item->requires_fields) {
                if (had.count(r.value)) continue;
                Change& c = sink.add(
                    *this, Side::New, r.range,
                    fmt::format("stage {} now requires field {}; open deals already in "
                                "it or past it may not have it filled",
                                diffing::quoted(m.new_item->id.value), diffing::quoted(r.value)));
                c.after = r.value;
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_stage_requires_added() {
    return std::make_unique<StageRequiresAdded>();
}

}  // namespace reltheme
