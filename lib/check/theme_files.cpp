#include "check/theme_files.h"

namespace reltheme {

ThemePlace place_of(const ThemeContext& ctx) {
    return ThemePlace{ctx.theme.file, ctx.theme_dir, ctx.repo_root};
}

std::filesystem::path base_folder(const ThemeContext& ctx) {
    return base_folder(place_of(ctx));
}

ResolvedPath resolve_theme_path(const ThemeContext& ctx, const std::string& written) {
    return resolve_theme_path(place_of(ctx), written);
}

}  // namespace reltheme
