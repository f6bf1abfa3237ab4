#include "check/rules/rules.h"
#include "load/rule_ids.h"
#include "load/theme_files.h"

namespace reltheme::rules {
namespace {

/// A template, email body or instruction file path that leaves the repository
/// root: absolute, `..` past the root, or through a symbolic link that leads
/// outside, or into version-control internals (`.git/`). Such a file is never
/// read.
class PathEscape final : public Rule {
  public:
    std::string_view id() const override { return rule_id::k_path_escape; }
    ThemeParts needs() const override { return ThemePart::Header | ThemePart::Documents; }
    std::string_view summary() const override {
        return "a file path that is absolute or leads outside the repository root (symlinks "
               "included)";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for (const auto& ref : file_references(ctx.theme)) {
            const std::string& written = ref.path->value;
            const Range& range = ref.path->range;
            const ResolvedPath r = resolve_theme_path(ctx.place, written);
            if (auto message = escape_message(r, written, ref.what))
                report(sink, range, std::move(*message));
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_path_escape() {
    return std::make_unique<PathEscape>();
}

}  // namespace reltheme::rules
