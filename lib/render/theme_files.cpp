#include "render/theme_files.h"

#include <fstream>
#include <iterator>
#include <system_error>

#include "load/project.h"
#include "util/read_ledger.h"

namespace reltheme::render {
namespace fs = std::filesystem;
namespace {

/// Whether `inner` is `outer` or below it (both already normalised).
bool is_within(const fs::path& inner, const fs::path& outer) {
    auto i = inner.begin();
    for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
        if (o->empty()) continue;  // a trailing separator
        if (i == inner.end() || *i != *o) return false;
    }
    return true;
}

}  // namespace

std::optional<fs::path> resolve_theme_file(const ThemeFileRef& ref, std::string& error) {
    std::error_code ec;
    const fs::path base = ref.theme_file.empty() ? fs::current_path(ec)
                                                 : fs::absolute(ref.theme_file, ec).parent_path();
    const fs::path root =
        ref.theme_file.empty() ? base : repository_root(fs::absolute(ref.theme_file, ec));
    const fs::path target = fs::weakly_canonical(base / ref.relative, ec);
    const fs::path canonical_root = fs::weakly_canonical(root, ec);
    if (ec) {
        error = ec.message();
        return std::nullopt;
    }
    if (!is_within(target, canonical_root)) {
        error = "it leads outside the repository root " + canonical_root.string();
        return std::nullopt;
    }
    return target;
}

std::optional<std::string> read_theme_file(const ThemeFileRef& ref, std::size_t max_bytes,
                                           std::string& error, fs::path* resolved) {
    const auto path = resolve_theme_file(ref, error);
    if (!path) return std::nullopt;
    if (resolved) *resolved = *path;
    std::error_code ec;
    if (!fs::is_regular_file(*path, ec)) {
        error = fs::exists(*path, ec) ? "not a regular file" : "no such file";
        return std::nullopt;
    }
    if (fs::file_size(*path, ec) > max_bytes) {
        error = "the file is over the size limit (RELTHEME_MAX_FILE_BYTES)";
        return std::nullopt;
    }
    record_read(*path);
    std::ifstream in(*path, std::ios::binary);
    if (!in) {
        error = "cannot open it";
        return std::nullopt;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    return text;
}

}  // namespace reltheme::render
