// theme-renamed: the theme's display name changed.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

class ThemeRenamed final : public ChangeKind {
  public:
    std::string_view id() const override { return "theme-renamed"; }
    std::string_view summary() const override { return "A theme's name changed"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        const auto& before = p.old_version.theme.name;
        const auto& after = p.new_version.theme.name;
        if (before.value == after.value) return;
        Change& c =
            sink.add(*this, Side::New, after.range,
                     i18n::message("theme-renamed", fmt::arg("was", diffing::quoted(before.value)),
                                   fmt::arg("now", diffing::quoted(after.value))));
        c.before = before.value;
        c.after = after.value;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_theme_renamed() {
    return std::make_unique<ThemeRenamed>();
}

}  // namespace reltheme
