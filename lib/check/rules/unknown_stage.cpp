#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "check/references.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "load/rule_ids.h"
#include "util/excerpt.h"

namespace reltheme::rules {
namespace {

/// Stage ids in `next` (plain or `{to: ...}`) and in a document's `stages`
/// that name no stage of the theme.
class UnknownStage final : public Rule {
  public:
    std::string_view id() const override { return rule_id::k_unknown_stage; }
    ThemeParts needs() const override { return ThemePart::Stages; }
    FixClass fixes() const override { return FixClass::Unsafe; }
    std::string_view summary() const override {
        return "a stage id in \"next\" or a document's \"stages\" that names no stage";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        std::vector<std::string> ids;
        ids.reserve(theme.stages.size());
        for (const auto& s : theme.stages) ids.push_back(s.id.value);
        const std::unordered_set<std::string_view> known(ids.begin(), ids.end());
        Suggester suggester;
        auto check = [&](const Id& ref) {
            if (ref.value.empty() || known.count(ref.value)) return;
            const auto suggestion = suggester.suggest(ref.value, ids);
            Diagnostic& d =
                report(sink, ref.range,
                       i18n::message("unknown-stage", fmt::arg("stage", excerpt(ref.value)),
                                     fmt::arg("suggestion", i18n::did_you_mean(suggestion))));
            if (suggestion) d.fix = replace_scalar(ctx.source, ref.range, *suggestion);
        };
        for (const auto& s : theme.stages) {
            for (const auto& t : s.next) check(t.to);
        }
        for (const auto& doc : theme.documents) {
            for (const auto& ref : doc.stages) check(ref);
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_stage() {
    return std::make_unique<UnknownStage>();
}

}  // namespace reltheme::rules
