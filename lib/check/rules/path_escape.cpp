#include <fmt/format.h>

#include "check/rules/rules.h"
#include "check/theme_files.h"
#include "util/utf8.h"

namespace reltheme::rules {
namespace {

/// A template, email body or instruction file path that leaves the repository
/// root: absolute, `..` past the root, or through a symbolic link that leads
/// outside. Such a file is never read.
class PathEscape final : public Rule {
  public:
    std::string_view id() const override { return "path-escape"; }
    ThemeParts needs() const override { return ThemePart::Header | ThemePart::Documents; }
    std::string_view summary() const override {
        return "a file path that is absolute or leads outside the repository root (symlinks "
               "included)";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        for (const auto& ref : file_references(ctx.theme)) {
            const std::string& written = ref.path->value;
            const Range& range = ref.path->range;
            const ResolvedPath r = resolve_theme_path(ctx, written);
            switch (r.status) {
                case PathStatus::Absolute:
                    report(sink, range,
                           fmt::format(
                               "\"{}\" ({}) is an absolute path; write it relative to the theme "
                               "file, inside the repository",
                               printable(written), ref.what));
                    break;
                case PathStatus::OutsideRoot:
                    report(sink, range,
                           fmt::format("\"{}\" ({}) leads outside the repository root (the folder "
                                       "holding reltheme.yaml or .git)",
                                       printable(written), ref.what));
                    break;
                case PathStatus::SymlinkEscape:
                    report(
                        sink, range,
                        fmt::format("\"{}\" ({}) goes through a symbolic link to {}, outside the "
                                    "repository root",
                                    printable(written), ref.what, printable(r.detail)));
                    break;
                default:
                    break;
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_path_escape() {
    return std::make_unique<PathEscape>();
}

}  // namespace reltheme::rules
