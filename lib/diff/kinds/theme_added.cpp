// theme-added: a theme only the new side has.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

class ThemeAdded final : public ChangeKind {
  public:
    std::string_view id() const override { return "theme-added"; }
    std::string_view summary() const override { return "A new theme"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Added; }

    void theme_added(const ThemeVersion& added, ChangeSink& sink) const override {
        const Theme& t = added.theme;
        Change& c =
            sink.add(*this, Side::New, t.id.range,
                     i18n::message("theme-added", fmt::arg("theme", diffing::named(t.id, t.name)),
                                   fmt::arg("type", to_string(t.type.value))));
        c.after = t.id.value;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_theme_added() {
    return std::make_unique<ThemeAdded>();
}

}  // namespace reltheme
