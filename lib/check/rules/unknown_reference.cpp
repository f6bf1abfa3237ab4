#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "check/references.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme::rules {
namespace {

/// The theme's `script` and the approvers of `deadline_change` checked against
/// the project file's `registry`, when one is configured: scripts only when
/// `registry.scripts` is given, approvers only when `registry.approvers` is.
/// `manager` (the deal manager's head) always exists.
class UnknownReference final : public Rule {
  public:
    std::string_view id() const override { return "unknown-reference"; }
    ThemeParts needs() const override { return ThemePart::Header; }
    FixClass fixes() const override { return FixClass::Unsafe; }
    std::string_view summary() const override {
        return "a script or approver missing from the project file's registry";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const auto& registry = ctx.config.registry;
        if (!registry) return;
        const Theme& theme = ctx.theme;
        const std::string config_file = display_path(ctx.config.file.string());
        Suggester suggester;
        auto check = [&](const Located<std::string>& ref, const std::vector<std::string>& names,
                         const std::unordered_set<std::string_view>& known,
                         const std::vector<Located<std::string>>& list, const char* message,
                         const char* key) {
            if (known.count(ref.value)) return;
            const auto suggestion = suggester.suggest(ref.value, names);
            Diagnostic& d = report(
                sink, ref.range,
                i18n::message(message, fmt::arg("name", excerpt(ref.value)), fmt::arg("key", key),
                              fmt::arg("suggestion", i18n::did_you_mean(suggestion))));
            if (suggestion) d.fix = replace_scalar(ctx.source, ref.range, *suggestion);
            if (!list.empty() && !config_file.empty()) {
                d.notes.push_back({config_file, list.front().range,
                                   i18n::message("note.registry", fmt::arg("key", key))});
            }
        };
        auto values = [](const std::vector<Located<std::string>>& list) {
            std::vector<std::string> out;
            out.reserve(list.size());
            for (const auto& e : list) out.push_back(e.value);
            return out;
        };
        if (registry->has_scripts && theme.script) {
            const auto names = values(registry->scripts);
            const std::unordered_set<std::string_view> known(names.begin(), names.end());
            check(*theme.script, names, known, registry->scripts, "unknown-reference.script",
                  "registry.scripts");
        }
        if (registry->has_approvers && theme.deadline_change) {
            const auto names = values(registry->approvers);
            const std::unordered_set<std::string_view> known(names.begin(), names.end());
            for (const auto& a : theme.deadline_change->approvers) {
                if (a.value == "manager") continue;
                check(a, names, known, registry->approvers, "unknown-reference.approver",
                      "registry.approvers");
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_reference() {
    return std::make_unique<UnknownReference>();
}

}  // namespace reltheme::rules
