#include "lsp/committed.h"

#include <string>

#include "diff/git.h"
#include "load/theme_loader.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace fs = std::filesystem;

namespace reltheme::lsp {

std::optional<Theme> committed_theme(const fs::path& path, const YamlLimits& limits) {
    std::error_code ec;
    const fs::path file = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec || file.empty()) return std::nullopt;
    std::string error;
    const auto repo = GitRepository::open(file.parent_path(), error);
    if (!repo || repo->workdir().empty()) return std::nullopt;
    const auto in_tree = path_in_tree(file, repo->workdir());
    if (!in_tree || in_tree->empty()) return std::nullopt;
    const auto tree = repo->tree("HEAD", error);
    if (!tree) return std::nullopt;
    const auto blob = tree->read(*in_tree, limits.max_bytes, error);
    if (!blob || !blob->content) return std::nullopt;
    const SourceText source(file.string(), strip_bom(*blob->content));
    DiagnosticSink sink(file.string());
    LoadedTheme loaded = load_theme(source, sink, limits);
    if (!loaded.theme) return std::nullopt;
    return std::move(*loaded.theme);
}

}  // namespace reltheme::lsp
