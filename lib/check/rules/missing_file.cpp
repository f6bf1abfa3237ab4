#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "check/references.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "load/rule_ids.h"
#include "load/theme_files.h"
#include "util/excerpt.h"
#include "util/utf8.h"

namespace reltheme::rules {
namespace {
namespace fs = std::filesystem;

/// Names of the regular files in a folder (at most a few thousand), for a
/// did-you-mean on a misspelt file name.
std::vector<std::string> file_names(const fs::path& folder) {
    std::vector<std::string> names;
    std::error_code ec;
    fs::directory_iterator it(folder, ec), end;
    for (int n = 0; !ec && it != end && n < 4096; it.increment(ec), ++n) {
        if (it->is_regular_file(ec)) names.push_back(it->path().filename().string());
    }
    return names;
}

/// A template, email body or instruction file that does not exist, or is not
/// a regular file. Paths that leave the repository are `path-escape` instead.
class MissingFile final : public Rule {
  public:
    std::string_view id() const override { return rule_id::k_missing_file; }
    ThemeParts needs() const override { return ThemePart::Header | ThemePart::Documents; }
    FixClass fixes() const override { return FixClass::Unsafe; }
    std::string_view summary() const override {
        return "a template, email body or instruction file that does not exist or is not a file";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        Suggester suggester;
        std::map<fs::path, std::vector<std::string>> listings;  // one listing per folder
        for (const auto& ref : file_references(ctx.theme)) {
            const std::string& written = ref.path->value;
            const Range& range = ref.path->range;
            const ResolvedPath r = resolve_theme_path(ctx.place, written);
            switch (r.status) {
                case PathStatus::Empty:
                    report(
                        sink, range,
                        i18n::message("missing-file.empty", fmt::arg("what", ref.what.genitive)));
                    break;
                case PathStatus::Missing: {
                    std::string message =
                        i18n::message("missing-file", fmt::arg("file", excerpt(written)),
                                      fmt::arg("what", ref.what.nominative),
                                      fmt::arg("looked", printable(r.display)));
                    std::optional<std::string> fixed;
                    const fs::path folder = r.file.parent_path();
                    auto listing = listings.find(folder);
                    if (listing == listings.end())
                        listing = listings.emplace(folder, file_names(folder)).first;
                    const auto& names = listing->second;
                    if (const auto s = suggester.suggest(r.file.filename().string(), names)) {
                        fixed = (fs::path(written).parent_path() / *s).generic_string();
                        message += i18n::did_you_mean(fixed);
                    } else if (written.find('\\') != std::string::npos) {
                        message += i18n::message("missing-file.backslash");
                    }
                    Diagnostic& d = report(sink, range, std::move(message));
                    if (fixed) d.fix = replace_scalar(ctx.source, range, *fixed);
                    break;
                }
                case PathStatus::NotRegular:
                    report(sink, range,
                           i18n::message(
                               "missing-file.not-regular", fmt::arg("file", excerpt(written)),
                               fmt::arg("what", ref.what.nominative), fmt::arg("type", r.detail)));
                    break;
                default:
                    break;
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_missing_file() {
    return std::make_unique<MissingFile>();
}

}  // namespace reltheme::rules
