// theme-type-changed: sales, audit and service themes hold different things.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

/// What a theme of the old type had that one of the new type cannot hold.
std::string consequence(ThemeType before, ThemeType after) {
    if (after == ThemeType::Sales) {
        return "its events become deals that must be put on a stage";
    }
    if (before == ThemeType::Sales) {
        return after == ThemeType::Audit
                   ? "open deals lose their stages, deadlines, documents, fields and parameters"
                   : "open deals lose their stages, deadlines, outcomes, documents, fields and "
                     "parameters";
    }
    return before == ThemeType::Audit
               ? "events recorded with its outcomes lose them"
               : "its events now need an audit outcome (yes, no or the theme's own)";
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
        Change& c =
            sink.add(*this, Side::New, after.range,
                     fmt::format("theme type changed from {} to {}; {}", to_string(before.value),
                                 to_string(after.value), consequence(before.value, after.value)));
        c.before = to_string(before.value);
        c.after = to_string(after.value);
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_theme_type_changed() {
    return std::make_unique<ThemeTypeChanged>();
}

}  // namespace reltheme
