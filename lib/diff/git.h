#pragma once
/// Reading a git repository with libgit2: resolving a revision (branch, tag,
/// `HEAD~1`, a commit id) to its tree, listing the tree's files and reading
/// them. Nothing here runs the `git` program.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct git_repository;
struct git_tree;

namespace reltheme {

class GitTree;

/// A repository opened with libgit2; move-only.
class GitRepository {
  public:
    /// Opens the repository that holds `start`, searching upwards like git.
    /// Returns null and sets `error` when there is none.
    static std::unique_ptr<GitRepository> open(const std::filesystem::path& start,
                                               std::string& error);
    ~GitRepository();
    GitRepository(const GitRepository&) = delete;
    GitRepository& operator=(const GitRepository&) = delete;

    /// The working tree's root (canonical), or empty for a bare repository.
    const std::filesystem::path& workdir() const { return m_workdir; }

    /// The tree of a revision; null and `error` set when it names none, or
    /// (`unreadable` set) when its trees cannot be read: a damaged object,
    /// or more than `k_max_tree_entries` entries.
    std::unique_ptr<GitTree> tree(const std::string& revision, std::string& error,
                                  bool* unreadable = nullptr) const;

  private:
    explicit GitRepository(git_repository* repo);
    git_repository* m_repo;
    std::filesystem::path m_workdir;
    /// Every loose object has been checked (once per repository:
    /// `diff --from A --to B` asks for two trees).
    mutable bool m_loose_checked = false;
};

/// A resolved (canonical, absolute) path as a revision's tree names it:
/// relative to the working tree's root `workdir`, `/`-separated; empty for
/// the root itself, nullopt when it lies outside.
std::optional<std::string> path_in_tree(const std::filesystem::path& resolved,
                                        const std::filesystem::path& workdir);

/// The most entries (files and folders) a revision's tree may hold; a larger
/// one is refused rather than walked.
inline constexpr std::size_t k_max_tree_entries = 1'000'000;

/// The files of one revision.
class GitTree {
  public:
    ~GitTree();
    GitTree(const GitTree&) = delete;
    GitTree& operator=(const GitTree&) = delete;

    /// The revision as given (`HEAD~1`, `main`).
    const std::string& revision() const { return m_revision; }
    /// The commit's abbreviated id (`3f2a9c1`), or empty when the revision
    /// names a tree.
    const std::string& short_id() const { return m_short_id; }

    /// Every regular file (not symlinks or submodules), as `/`-separated paths
    /// from the repository root, sorted.
    const std::vector<std::string>& files() const { return m_files; }
    bool has_file(const std::string& path) const;
    /// A regular file of the tree: its size, read from the object's header,
    /// and its bytes when that is at most `max_bytes` (a larger object is
    /// never inflated). Nullopt with `error` empty when there is no such
    /// file; nullopt with `error` set when its object cannot be read: absent
    /// (a partial clone, `git clone --filter=blob:none`) or damaged. A file
    /// that cannot be read is never taken for one that is not there.
    struct Blob {
        std::size_t size = 0;
        std::optional<std::string> content;  ///< none when over `max_bytes`
    };
    std::optional<Blob> read(const std::string& path, std::size_t max_bytes,
                             std::string& error) const;

  private:
    friend class GitRepository;
    GitTree(git_repository* repo, git_tree* tree, std::string revision, std::string short_id);
    /// Lists the files; false with `error` set when a tree object cannot be
    /// read or the tree holds more than `k_max_tree_entries` entries.
    bool walk(std::string& error);
    git_repository* m_repo;
    git_tree* m_tree;
    std::string m_revision;
    std::string m_short_id;
    std::vector<std::string> m_files;
};

}  // namespace reltheme
