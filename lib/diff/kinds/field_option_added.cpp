// field-option-added: an enum field offers a new option.
#include <set>

#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class FieldOptionAdded final : public ChangeKind {
  public:
    std::string_view id() const override { return "field-option-added"; }
    std::string_view summary() const override { return "An enum field offers a new option"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Added; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.fields, p.new_version.theme.fields)) {
            if (!m.paired() || m.old_item->type.value != FieldType::Enum ||
                m.new_item->type.value != FieldType::Enum) {
                continue;
            }
            std::set<std::string> had;
            for (const auto& o : m.old_item->options) had.insert(o.value);
            for (const auto& o : m.new_item->options) {
                if (had.count(o.value)) continue;
                Change& c =
                    sink.add(*this, Side::New, o.range,
                             fmt::format("option {} of field {} added", diffing::quoted(o.value),
                                         diffing::quoted(m.new_item->id.value)));
                c.after = o.value;
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_field_option_added() {
    return std::make_unique<FieldOptionAdded>();
}

}  // namespace reltheme
