// script-changed: the sales script managers run from a deal changed.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

class ScriptChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "script-changed"; }
    std::string_view summary() const override {
        return "The script managers run from the theme changed";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        const auto& before = p.old_version.theme.script;
        const auto& after = p.new_version.theme.script;
        if (!before && !after) return;
        if (before && after && before->value == after->value) return;
        Change* c = nullptr;
        if (!after) {
            c = &sink.add(*this, Side::Old, before->range,
                          i18n::message("script-changed.removed",
                                        fmt::arg("script", diffing::quoted(before->value))));
        } else if (!before) {
            c = &sink.add(*this, Side::New, after->range,
                          i18n::message("script-changed.added",
                                        fmt::arg("script", diffing::quoted(after->value))));
        } else {
            c = &sink.add(
                *this, Side::New, after->range,
                i18n::message("script-changed", fmt::arg("was", diffing::quoted(before->value)),
                              fmt::arg("now", diffing::quoted(after->value))));
        }
        if (before) c->before = before->value;
        if (after) c->after = after->value;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_script_changed() {
    return std::make_unique<ScriptChanged>();
}

}  // namespace reltheme
