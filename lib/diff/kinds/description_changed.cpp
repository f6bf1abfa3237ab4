// description-changed: the theme's description was added, changed or removed.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

class DescriptionChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "description-changed"; }
    std::string_view summary() const override { return "A theme's description changed"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        const auto& before = p.old_version.theme.description;
        const auto& after = p.new_version.theme.description;
        if (!before && !after) return;
        if (before && after && before->value == after->value) return;
        Change* c = nullptr;
        if (!after) {
            c = &sink.add(*this, Side::Old, before->range,
                          i18n::message("description-changed.removed"));
        } else {
            c = &sink.add(
                *this, Side::New, after->range,
                i18n::message(before ? "description-changed" : "description-changed.added"));
        }
        if (before) c->before = before->value;
        if (after) c->after = after->value;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_description_changed() {
    return std::make_unique<DescriptionChanged>();
}

}  // namespace reltheme
