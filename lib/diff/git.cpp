#include "diff/git.h"

#include "util/shared_library.h"

#include <git2.h>

#include <algorithm>

namespace reltheme {
namespace fs = std::filesystem;
namespace {

// The libgit2 functions used here; each is looked up by name when the library
// is opened (the types come from <git2.h>, so a changed signature fails to build).
#define RELTHEME_GIT2_FUNCTIONS(X) \
    X(git_libgit2_init)            \
    X(git_error_last)              \
    X(git_repository_open_ext)     \
    X(git_repository_workdir)      \
    X(git_repository_free)         \
    X(git_revparse_single)         \
    X(git_object_peel)             \
    X(git_object_short_id)         \
    X(git_object_free)             \
    X(git_buf_dispose)             \
    X(git_tree_walk)               \
    X(git_tree_free)               \
    X(git_tree_entry_filemode)     \
    X(git_tree_entry_name)         \
    X(git_tree_entry_bypath)       \
    X(git_tree_entry_id)           \
    X(git_tree_entry_free)         \
    X(git_blob_lookup)             \
    X(git_blob_rawsize)            \
    X(git_blob_rawcontent)         \
    X(git_blob_free)

/// libgit2, opened on first use and set up once per process; left loaded until
/// exit. `error` is non-empty when it could not be opened.
struct Git2 {
    RELTHEME_GIT2_FUNCTIONS(RELTHEME_DLOPEN_SLOT)
    std::string error;
};

const Git2& git2() {
    static const Git2 k_api = [] {
        Git2 api =
            load_api<Git2>(RELTHEME_LIBGIT2_SONAME, "cannot read git history without libgit2",
                           [](SharedLibrary& library, Git2& api) {
                               RELTHEME_GIT2_FUNCTIONS(RELTHEME_DLOPEN_BIND)
                           });
        if (api.error.empty()) api.git_libgit2_init();
        return api;
    }();
    return k_api;
}

std::string last_error(const char* fallback) {
    const git_error* e = git2().git_error_last();
    return e && e->message ? std::string(e->message) : std::string(fallback);
}

struct Walk {
    std::vector<std::string>* files;
};

int collect(const char* root, const git_tree_entry* entry, void* payload) {
    const Git2& git = git2();
    const git_filemode_t mode = git.git_tree_entry_filemode(entry);
    if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE) return 0;
    auto* walk = static_cast<Walk*>(payload);
    walk->files->push_back(std::string(root) + git.git_tree_entry_name(entry));
    return 0;
}

}  // namespace

GitRepository::GitRepository(git_repository* repo) : m_repo(repo) {
    if (const char* dir = git2().git_repository_workdir(repo)) {
        std::error_code ec;
        m_workdir = fs::weakly_canonical(fs::path(dir), ec);
        if (ec) m_workdir = fs::path(dir);
        // libgit2 ends the folder with '/'; keep the path comparable.
        if (m_workdir.filename().empty()) m_workdir = m_workdir.parent_path();
    }
}

GitRepository::~GitRepository() {
    git2().git_repository_free(m_repo);
}

std::unique_ptr<GitRepository> GitRepository::open(const fs::path& start, std::string& error) {
    const Git2& git = git2();
    if (!git.error.empty()) {
        error = git.error;
        return nullptr;
    }
    git_repository* repo = nullptr;
    if (git.git_repository_open_ext(&repo, start.c_str(), 0, nullptr) != 0) {
        error = last_error("not a git repository");
        return nullptr;
    }
    return std::unique_ptr<GitRepository>(new GitRepository(repo));
}

std::unique_ptr<GitTree> GitRepository::tree(const std::string& revision,
                                             std::string& error) const {
    const Git2& git = git2();
    git_object* object = nullptr;
    if (git.git_revparse_single(&object, m_repo, revision.c_str()) != 0) {
        error = last_error("unknown revision");
        return nullptr;
    }
    std::string short_id;
    git_object* commit = nullptr;
    if (git.git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0) {
        git_buf buf = GIT_BUF_INIT;
        if (git.git_object_short_id(&buf, commit) == 0) short_id.assign(buf.ptr, buf.size);
        git.git_buf_dispose(&buf);
        git.git_object_free(commit);
    }
    git_object* tree = nullptr;
    const int peeled = git.git_object_peel(&tree, object, GIT_OBJECT_TREE);
    git.git_object_free(object);
    if (peeled != 0) {
        error = last_error("the revision names no tree");
        return nullptr;
    }
    return std::unique_ptr<GitTree>(
        new GitTree(m_repo, reinterpret_cast<git_tree*>(tree), revision, std::move(short_id)));
}

GitTree::GitTree(git_repository* repo, git_tree* tree, std::string revision, std::string short_id)
    : m_repo(repo), m_tree(tree), m_revision(std::move(revision)), m_short_id(std::move(short_id)) {
    Walk walk{&m_files};
    git2().git_tree_walk(m_tree, GIT_TREEWALK_PRE, collect, &walk);
    std::sort(m_files.begin(), m_files.end());
}

GitTree::~GitTree() {
    git2().git_tree_free(m_tree);
}

bool GitTree::has_file(const std::string& path) const {
    return std::binary_search(m_files.begin(), m_files.end(), path);
}

std::optional<std::string> GitTree::read(const std::string& path, std::size_t max_bytes) const {
    if (!has_file(path)) return std::nullopt;
    const Git2& git = git2();
    git_tree_entry* entry = nullptr;
    if (git.git_tree_entry_bypath(&entry, m_tree, path.c_str()) != 0) return std::nullopt;
    git_blob* blob = nullptr;
    const int found = git.git_blob_lookup(&blob, m_repo, git.git_tree_entry_id(entry));
    git.git_tree_entry_free(entry);
    if (found != 0) return std::nullopt;
    std::optional<std::string> out;
    const auto size = static_cast<std::size_t>(git.git_blob_rawsize(blob));
    if (size <= max_bytes)
        out.emplace(static_cast<const char*>(git.git_blob_rawcontent(blob)), size);
    git.git_blob_free(blob);
    return out;
}

}  // namespace reltheme
