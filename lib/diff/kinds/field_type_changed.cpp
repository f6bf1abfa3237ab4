// field-type-changed: the values deals hold in a field need converting.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class FieldTypeChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "field-type-changed"; }
    std::string_view summary() const override {
        return "A deal field's type changed: the values deals hold must be converted";
    }
    Breaking breaking() const override { return Breaking::Yes; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.fields, p.new_version.theme.fields)) {
            if (!m.new_item || m.old_item->type.value == m.new_item->type.value) continue;
            const char* from = to_string(m.old_item->type.value);
            const char* to = to_string(m.new_item->type.value);
            std::string message;
            if (m.paired()) {
                message = fmt::format(
                    "type of field {} changed from {} to {}; the values deals hold in it "
                    "must be converted and some will not fit",
                    diffing::quoted(m.new_item->id.value), from, to);
            } else {
                message = fmt::format(
                    "field {} ({}) merged into {} ({}); its values must be converted and "
                    "some will not fit",
                    diffing::quoted(m.old_item->id.value), from,
                    diffing::quoted(m.new_item->id.value), to);
            }
            const Range& at = m.paired() ? m.new_item->type.range : m.formerly->range;
            Change& c = sink.add(*this, Side::New, at, message);
            c.before = from;
            c.after = to;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_field_type_changed() {
    return std::make_unique<FieldTypeChanged>();
}

}  // namespace reltheme
