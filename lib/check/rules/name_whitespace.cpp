#include <fmt/format.h>

#include "check/names.h"
#include "check/references.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"
#include "util/text_case.h"

namespace reltheme::rules {
namespace {

/// The message saying what is wrong with the spacing of a name, or nullptr
/// when nothing is.
const char* spacing_problem(const std::string& name) {
    static constexpr std::string_view k_space = " \t\r\n";
    if (name.find_first_of("\t\r\n") != std::string::npos) return "name-whitespace.break";
    if (k_space.find(name.front()) != std::string_view::npos) return "name-whitespace.start";
    if (k_space.find(name.back()) != std::string_view::npos) return "name-whitespace.end";
    if (name.find("  ") != std::string::npos) return "name-whitespace.double";
    return nullptr;
}

/// The name with its spacing mended: no space at either end, each run of
/// spaces, tabs and line breaks inside made one space.
std::string mended(const std::string& name) {
    std::string out;
    bool gap = false;
    for (const char c : name) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            gap = !out.empty();
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += c;
    }
    return out;
}

/// Spaces at either end of a name, doubled spaces, tabs or line breaks: the
/// name looks misaligned, and searching or sorting by name goes wrong.
class NameWhitespace final : public Rule {
  public:
    std::string_view id() const override { return "name-whitespace"; }
    ThemeParts needs() const override {
        return ThemePart::Header | ThemePart::Stages | ThemePart::Outcomes | ThemePart::Documents |
               ThemePart::Fields;
    }
    FixClass fixes() const override { return FixClass::Safe; }
    std::string_view summary() const override {
        return "a name with spaces at either end, doubled spaces, tabs or line breaks";
    }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Style; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for (const NamedItem& item : named_items(ctx.theme)) {
            const std::string& name = item.name->value;
            if (fold_name(name).empty()) continue;  // empty-name
            const char* problem = spacing_problem(name);
            if (!problem) continue;
            Diagnostic& d = report(sink, item.name->range,
                                   i18n::message(problem, fmt::arg("item", item_label(item)),
                                                 fmt::arg("name", excerpt(name))));
            // The same words, spaced as they read: safe.
            d.fix = rewrite_scalar(ctx.source, item.name->range, mended(name), true);
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_name_whitespace() {
    return std::make_unique<NameWhitespace>();
}

}  // namespace reltheme::rules
