// theme-removed: a theme only the old side has.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

class ThemeRemoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "theme-removed"; }
    std::string_view summary() const override {
        return "A theme was removed: its open deals lose it";
    }
    Breaking breaking() const override { return Breaking::Yes; }
    ChangeOp op() const override { return ChangeOp::Removed; }

    void theme_removed(const ThemeVersion& removed, ChangeSink& sink) const override {
        const Theme& t = removed.theme;
        const char* what =
            t.type.value == ThemeType::Sales ? "theme-removed" : "theme-removed.events";
        Change& c = sink.add(*this, Side::Old, t.id.range,
                             i18n::message(what, fmt::arg("theme", diffing::named(t.id, t.name))));
        c.before = t.id.value;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_theme_removed() {
    return std::make_unique<ThemeRemoved>();
}

}  // namespace reltheme
