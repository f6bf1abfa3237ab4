// field-added: a deal field that takes over no old one.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class FieldAdded final : public ChangeKind {
  public:
    std::string_view id() const override { return "field-added"; }
    std::string_view summary() const override { return "A new deal field"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Added; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const Field* f :
             diffing::added_items(p.old_version.theme.fields, p.new_version.theme.fields)) {
            Change& c =
                sink.add(*this, Side::New, f->id.range,
                         fmt::format("field {} added ({}); open deals have it empty",
                                     diffing::named(f->id, f->name), to_string(f->type.value)));
            c.after = f->id.value;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_field_added() {
    return std::make_unique<FieldAdded>();
}

}  // namespace reltheme
