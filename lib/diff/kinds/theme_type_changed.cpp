// theme-type-changed: sales, audit and service themes hold different things.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

/// What a theme of the old type had that one of the new type cannot hold.
std::string consequence(ThemeType before, ThemeType after) {
    if (after == ThemeType::Sales) return i18n::message("theme-type-changed.to-sales");
    if (before == ThemeType::Sales) {
        return i18n::message(after == ThemeType::Audit ? "theme-type-changed.sales-to-audit"
                                                       : "theme-type-changed.sales-to-service");
    }
    return i18n::message(before == ThemeType::Audit ? "theme-type-changed.audit-to-service"
                                                    : "theme-type-changed.service-to-audit");
}

class ThemeTypeChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "theme-type-changed"; }
    std::string_view summary() const override {
        return "A theme's type changed: what it holds cannot carry over";
    }
    Breaking breaking() const override { return Breaking::Yes; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        const auto& before = p.old_version.theme.type;
        const auto& after = p.new_version.theme.type;
        if (before.value == after.value) return;
        Change& c = sink.add(
            *this, Side::New, after.range,
            i18n::message("theme-type-changed", fmt::arg("was", to_string(before.value)),
                          fmt::arg("now", to_string(after.value)),
                          fmt::arg("consequence", consequence(before.value, after.value))));
        c.before = to_string(before.value);
        c.after = to_string(after.value);
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_theme_type_changed() {
    return std::make_unique<ThemeTypeChanged>();
}

}  // namespace reltheme
