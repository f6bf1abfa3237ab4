#pragma once
/// What a folder walk skips because git would: untracked files and folders
/// that `.gitignore` (any level), `.git/info/exclude` or the user's global
/// excludes file ignore, and `node_modules/` folders. Tracked files are never
/// skipped, and outside a git working tree only `node_modules/` is. Files
/// named on the command line never reach this (load/discover.h reads them
/// whatever their name). docs/format.md, "Which files are read".
#include <filesystem>
#include <memory>
#include <optional>

struct git_repository;
struct git_index;

namespace reltheme {

/// The nearest folder from `start` upwards that holds `.git` (a folder, or
/// the file of a linked worktree or submodule), if any.
std::optional<std::filesystem::path> git_folder_above(const std::filesystem::path& start);

/// The skipping rules of one folder walk.
class WalkIgnore {
  public:
    /// For a walk of the folder `root`. With `honour` false (`--no-ignore`)
    /// nothing is skipped. libgit2 is opened only when `root` lies in a git
    /// working tree. A `root` git ignores itself (named on the command line)
    /// is walked whole: git ignores everything below an ignored folder.
    WalkIgnore(const std::filesystem::path& root, bool honour);
    ~WalkIgnore();
    WalkIgnore(const WalkIgnore&) = delete;
    WalkIgnore& operator=(const WalkIgnore&) = delete;

    /// Whether the walk skips `entry`, a path below `root` as the walk built
    /// it (`root / ... / name`); `folder` when it is one. A folder that holds
    /// tracked files is walked (its untracked ignored files are then skipped
    /// one by one).
    bool skips(const std::filesystem::path& entry, bool folder) const;

  private:
    bool m_honour;
    std::filesystem::path m_root;
    std::string m_prefix;  ///< `root` from the working tree's top, with `/`, empty or ending in `/`
    git_repository* m_repo = nullptr;
    git_index* m_index = nullptr;
};

}  // namespace reltheme
