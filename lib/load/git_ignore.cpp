#include "load/git_ignore.h"

#include <string>
#include <system_error>

#include "load/libgit2.h"

namespace reltheme {
namespace fs = std::filesystem;

std::optional<fs::path> git_folder_above(const fs::path& start) {
    std::error_code ec;
    fs::path dir = fs::absolute(start, ec);
    if (ec) return std::nullopt;
    for (int guard = 0; guard < 256 && !dir.empty(); ++guard) {
        if (fs::exists(dir / ".git", ec)) return dir;
        if (dir == dir.root_path() || !dir.has_parent_path()) break;
        dir = dir.parent_path();
    }
    return std::nullopt;
}

namespace {

/// Whether a path below the walked folder lies in a `node_modules/` folder.
bool in_node_modules(const std::string& below) {
    return below.starts_with("node_modules/") || below.find("/node_modules/") != std::string::npos;
}

}  // namespace

WalkIgnore::WalkIgnore(const fs::path& root, bool honour)
    : m_honour(honour), m_root(root.has_filename() ? root : root.parent_path()) {
    if (!honour || !git_folder_above(root)) return;
    const Git2& git = git2();
    if (!git.error.empty()) return;  // without libgit2 only node_modules/ is skipped
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(fs::absolute(root, ec), ec);
    if (ec) return;
    git_repository* repo = nullptr;
    if (git.git_repository_open_ext(&repo, canonical.c_str(), 0, nullptr) != 0) return;
    const char* workdir = git.git_repository_workdir(repo);
    git_index* index = nullptr;
    if (!workdir || git.git_repository_index(&index, repo) != 0) {
        git.git_repository_free(repo);
        return;
    }
    fs::path top = fs::weakly_canonical(fs::path(workdir), ec);
    if (top.filename().empty()) top = top.parent_path();  // libgit2 ends it with '/'
    const fs::path rel = canonical.lexically_relative(top);
    std::string prefix = rel.generic_string();
    int ignored = 0;
    const bool outside = ec || rel.empty() || prefix == ".." || prefix.starts_with("../");
    if (prefix == ".") prefix.clear();
    if (!outside && !prefix.empty()) {
        if (git.git_ignore_path_is_ignored(&ignored, repo, prefix.c_str()) != 0) ignored = 0;
        prefix += '/';
    }
    if (outside || ignored) {
        git.git_index_free(index);
        git.git_repository_free(repo);
        return;
    }
    m_repo = repo;
    m_index = index;
    m_prefix = std::move(prefix);
}

WalkIgnore::~WalkIgnore() {
    if (!m_repo) return;
    git2().git_index_free(m_index);
    git2().git_repository_free(m_repo);
}

bool WalkIgnore::skips(const fs::path& entry, bool folder) const {
    if (!m_honour) return false;
    const bool node_modules = folder && entry.filename() == "node_modules";
    if (!m_repo) return node_modules;
    const std::string below = entry.lexically_relative(m_root).generic_string();
    const std::string rel = m_prefix + below;
    const Git2& git = git2();
    if (folder) {
        std::size_t at = 0;
        if (git.git_index_find_prefix(&at, m_index, (rel + '/').c_str()) == 0)
            return false;  // holds tracked files: they are read
        if (node_modules) return true;
    } else if (git.git_index_get_bypath(m_index, rel.c_str(), 0) != nullptr) {
        return false;  // tracked: never skipped
    } else if (in_node_modules(below)) {
        return true;  // an untracked file beside tracked ones in node_modules/
    }
    int ignored = 0;
    if (git.git_ignore_path_is_ignored(&ignored, m_repo, rel.c_str()) != 0) return false;
    return ignored != 0;
}

}  // namespace reltheme
