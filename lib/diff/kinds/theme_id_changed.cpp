// theme-id-changed: the same file holds a theme with another id.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

class ThemeIdChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "theme-id-changed"; }
    std::string_view summary() const override {
        return "A theme's id changed: what refers to the old id loses the theme";
    }
    Breaking breaking() const override { return Breaking::Yes; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        const Id& before = p.old_version.theme.id;
        const Id& after = p.new_version.theme.id;
        if (before.value == after.value) return;
        Change& c = sink.add(
            *this, Side::New, after.range,
            i18n::message("theme-id-changed", fmt::arg("was", diffing::quoted(before.value)),
                          fmt::arg("now", diffing::quoted(after.value))));
        c.before = before.value;
        c.after = after.value;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_theme_id_changed() {
    return std::make_unique<ThemeIdChanged>();
}

}  // namespace reltheme
