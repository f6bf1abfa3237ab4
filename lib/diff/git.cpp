#include "diff/git.h"

#include "util/shared_library.h"

#include <git2.h>

#include <algorithm>

#include <fmt/format.h>

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
    X(git_blob_free)               \
    X(git_repository_odb)          \
    X(git_odb_read_header)         \
    X(git_odb_free)                \
    X(git_oid_tostr_s)

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
    std::size_t entries = 0;
};

/// A walk stopped by `collect` (any negative value but libgit2's own).
constexpr int k_walk_too_large = -1000;

int collect(const char* root, const git_tree_entry* entry, void* payload) {
    const Git2& git = git2();
    auto* walk = static_cast<Walk*>(payload);
    if (++walk->entries > k_max_tree_entries) return k_walk_too_large;
    const git_filemode_t mode = git.git_tree_entry_filemode(entry);
    if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE) return 0;
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
    auto result = std::unique_ptr<GitTree>(
        new GitTree(m_repo, reinterpret_cast<git_tree*>(tree), revision, std::move(short_id)));
    if (!result->walk(error)) return nullptr;
    return result;
}

GitTree::GitTree(git_repository* repo, git_tree* tree, std::string revision, std::string short_id)
    : m_repo(repo),
      m_tree(tree),
      m_revision(std::move(revision)),
      m_short_id(std::move(short_id)) {}

bool GitTree::walk(std::string& error) {
    Walk walk{&m_files};
    const int status = git2().git_tree_walk(m_tree, GIT_TREEWALK_PRE, collect, &walk);
    if (status == k_walk_too_large) {
        error = fmt::format("its tree holds more than {} entries", k_max_tree_entries);
        return false;
    }
    if (status != 0) {
        error = "a tree object cannot be read: " + last_error("unknown error");
        return false;
    }
    std::sort(m_files.begin(), m_files.end());
    return true;
}

GitTree::~GitTree() {
    git2().git_tree_free(m_tree);
}

bool GitTree::has_file(const std::string& path) const {
    return std::binary_search(m_files.begin(), m_files.end(), path);
}

std::optional<GitTree::Blob> GitTree::read(const std::string& path, std::size_t max_bytes,
                                           std::string& error) const {
    error.clear();
    if (!has_file(path)) return std::nullopt;
    const Git2& git = git2();
    const auto unreadable = [&](const std::string& why) -> std::optional<Blob> {
        error = fmt::format("{} in {}: {}", path, m_revision, why);
        return std::nullopt;
    };
    git_tree_entry* entry = nullptr;
    if (git.git_tree_entry_bypath(&entry, m_tree, path.c_str()) != 0)
        return unreadable(last_error("not in the tree"));
    const git_oid id = *git.git_tree_entry_id(entry);
    git.git_tree_entry_free(entry);
    // The size from the object's header first: a 600 MB blob in a 3 MB
    // .git is never inflated to learn that it is over the limit.
    git_odb* odb = nullptr;
    if (git.git_repository_odb(&odb, m_repo) != 0)
        return unreadable(last_error("no object database"));
    std::size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    const int header = git.git_odb_read_header(&size, &type, odb, &id);
    git.git_odb_free(odb);
    const std::string object = git.git_oid_tostr_s(&id);
    if (header != 0) {
        return unreadable(fmt::format(
            "its object {} cannot be read ({}); a partial clone (git clone --filter=blob:none) "
            "does not hold every object: clone or fetch without --filter",
            object, last_error("not found")));
    }
    if (type != GIT_OBJECT_BLOB) return unreadable(fmt::format("object {} is not a blob", object));
    Blob out;
    out.size = size;
    if (size > max_bytes) return out;
    git_blob* blob = nullptr;
    if (git.git_blob_lookup(&blob, m_repo, &id) != 0)
        return unreadable(
            fmt::format("its object {} cannot be read ({})", object, last_error("damaged")));
    const auto actual = static_cast<std::size_t>(git.git_blob_rawsize(blob));
    if (actual == size)
        out.content.emplace(static_cast<const char*>(git.git_blob_rawcontent(blob)), size);
    git.git_blob_free(blob);
    if (!out.content)
        return unreadable(
            fmt::format("its object {} is damaged (its size differs from its header)", object));
    return out;
}

}  // namespace reltheme
