// field-removed: a deal field that no new field takes over through `formerly`.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class FieldRemoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "field-removed"; }
    std::string_view summary() const override {
        return "A deal field was removed and none lists it in formerly: its values are lost";
    }
    Breaking breaking() const override { return Breaking::Yes; }
    ChangeOp op() const override { return ChangeOp::Removed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.fields, p.new_version.theme.fields)) {
            if (m.how != diffing::MatchHow::Removed) continue;
            const Field& f = *m.old_item;
            Change& c =
                sink.add(*this, Side::Old, f.id.range,
                         fmt::format("field {} removed; the values deals hold in it are lost (list "
                                     "it in \"formerly\" of the field that takes them over)",
                                     diffing::named(f.id, f.name)));
            c.before = f.id.value;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_field_removed() {
    return std::make_unique<FieldRemoved>();
}

}  // namespace reltheme
