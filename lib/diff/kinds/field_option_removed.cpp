// field-option-removed: an enum field no longer offers a value deals may hold.
#include <set>

#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class FieldOptionRemoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "field-option-removed"; }
    std::string_view summary() const override {
        return "An enum field lost an option: deals that chose it hold a value it no longer offers";
    }
    Breaking breaking() const override { return Breaking::Yes; }
    ChangeOp op() const override { return ChangeOp::Removed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.fields, p.new_version.theme.fields)) {
            if (!m.paired() || m.old_item->type.value != FieldType::Enum ||
                m.new_item->type.value != FieldType::Enum) {
                continue;
            }
            std::set<std::string> has;
            for (const auto& o : m.new_item->options) has.insert(o.value);
            for (const auto& o : m.old_item->options) {
                if (has.count(o.value)) continue;
                Change& c = sink.add(
                    *this, Side::Old, o.range,
                    fmt::format("option {} of field {} removed; deals that chose it hold a "
                                "value the field no longer offers",
                                diffing::quoted(o.value), diffing::quoted(m.new_item->id.value)));
                c.before = o.value;
                diffing::anchor_at(c, p.new_version, m.new_item->id.range);
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_field_option_removed() {
    return std::make_unique<FieldOptionRemoved>();
}

}  // namespace reltheme
