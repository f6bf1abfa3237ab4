#include <algorithm>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// Outcome ids that reuse the outcomes every theme of the type has built in:
/// `won` and `lost` for sales, `yes` and `no` for audit. Also those built-in
/// ids in an outcome's `formerly`: a built-in outcome never goes away, so no
/// outcome can replace it.
class ReservedId final : public Rule {
  public:
    std::string_view id() const override { return "reserved-id"; }
    ThemeParts needs() const override { return ThemePart::Header | ThemePart::Outcomes; }
    std::string_view summary() const override {
        return "an outcome id that reuses a built-in outcome (won/lost, yes/no)";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        const auto builtin = builtin_outcomes(theme.type.value);
        if (builtin.empty()) return;
        const char* reserved =
            theme.type.value == ThemeType::Sales ? "reserved-id.sales" : "reserved-id.audit";
        auto is_builtin = [&](const std::string& id) {
            return std::find(builtin.begin(), builtin.end(), id) != builtin.end();
        };
        for (const auto& o : theme.outcomes) {
            if (is_builtin(o.id.value)) {
                report(sink, o.id.range, i18n::message(reserved, fmt::arg("outcome", o.id.value)));
            }
            for (const auto& old : o.formerly) {
                if (!is_builtin(old.value)) continue;
                report(sink, old.range,
                       i18n::message("reserved-id.formerly", fmt::arg("builtin", old.value),
                                     fmt::arg("outcome", o.id.value)));
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_reserved_id() {
    return std::make_unique<ReservedId>();
}

}  // namespace reltheme::rules
