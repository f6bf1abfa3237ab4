#pragma once
/// Building the two sides of a comparison: a file or folder on disk, the
/// working tree of a repository, or a git revision. A revision's theme files
/// are held in memory (DiffFile::held); the project files above them and the
/// templates and instruction files they name are written out to a temporary
/// folder, so the checks and template comparison read those exactly as they
/// are at that revision.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "diff/engine.h"
#include "diff/git.h"
#include "load/project.h"

namespace reltheme {

/// A temporary folder removed with everything in it when destroyed.
class TempFolder {
  public:
    /// Creates `reltheme-diff-XXXXXX` in the system's temporary folder; check
    /// `path().empty()` for failure.
    TempFolder();
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

  private:
    std::filesystem::path m_path;
};

/// A side and whatever must live as long as it.
struct SideSource {
    DiffSide side;
    std::unique_ptr<TempFolder> folder;
    std::vector<std::string> errors;  ///< paths outside the repository, unwritable temp files
    /// What the side's paths could not give (missing paths, unreadable
    /// folders): the run failed, and its reports say so.
    std::vector<RunFailure> failures;
    /// Project files of this side that cannot be used (the run exits 2).
    std::vector<ProjectFile> broken_projects;
    /// An object of the revision could not be read (a partial clone, a damaged
    /// object): the side is not what the revision holds, so nothing is
    /// compared (the run exits 2; a theme never reads as added or removed).
    bool unreadable = false;
};

/// The theme files of one path on disk: a file (`-` for standard input) or a
/// folder walked as `validate` walks it. Keys are relative to the folder.
SideSource side_from_path(const std::string& arg, const ProjectConfig& config,
                          const std::string& stdin_name);

/// The two sides of a comparison of OLD and NEW on disk.
struct PathSides {
    SideSource old_side;
    SideSource new_side;
    /// Two files: compared with each other whatever their theme ids.
    bool pair_files = false;
    /// Why the sides could not be built (not two paths, standard input twice,
    /// a file against a folder); the sides are empty then.
    std::vector<std::string> errors;
    /// The project files read for the sides (OLD's, then NEW's), each to be
    /// reported with its findings. When the last one cannot be used the
    /// sides are empty and the run exits 2.
    std::vector<ProjectFile> projects;
};

/// The sides of OLD and NEW (`paths`: two files, `-` for standard input, or
/// two folders). Each side is governed by the nearest `reltheme.yaml` above
/// it (checked against `rule_ids`), else by `config`, which also holds for
/// every side when it was named (`explicit_config`) or the side is standard
/// input; `config.gitignore` holds for every side.
PathSides sides_from_paths(const std::vector<std::string>& paths, const ProjectConfig& config,
                           bool explicit_config, const std::string& stdin_name,
                           const RuleIds& rule_ids);

/// Which files of a repository a git comparison reads, from the command
/// line's paths (or the project file's `themes` globs, or the current folder).
struct Selection {
    /// `/`-separated paths from the repository root; "" is the whole
    /// repository. A prefix names a file or a folder.
    std::vector<std::string> prefixes;
    /// When there are no prefixes: the project's `themes` globs, relative to
    /// `project_root` (itself relative to the repository root).
    std::vector<std::string> globs;
    std::string project_root;
    std::vector<std::string> ignore;

    /// Whether a repository file is a theme file this comparison reads.
    bool selects(const std::string& repo_path) const;
};

/// The selection for command-line paths relative to the current folder.
/// Paths outside the repository are reported in `errors`.
Selection make_selection(const std::vector<std::string>& paths, const ProjectConfig& config,
                         const std::filesystem::path& workdir, std::vector<std::string>& errors);

/// The working tree's selected theme files; keys are repository paths.
SideSource side_from_worktree(const std::vector<std::string>& paths, const ProjectConfig& config,
                              const std::filesystem::path& workdir);

/// A revision's selected theme files, held in memory, and a temporary folder
/// holding the project files above them and the templates and instruction
/// files they name. Files are shown as `REV:path`. Its themes validate with the
/// revision's own project file when it has one where `config` lives, checked
/// against `rule_ids`; a broken one lands in `broken_projects`. A theme
/// file over `max_theme_bytes` is never inflated (its size comes from the
/// object's header); one whose object cannot be read makes the side
/// `unreadable`.
SideSource side_from_revision(const GitTree& tree, const Selection& selection,
                              const ProjectConfig& config, const std::filesystem::path& workdir,
                              const RuleIds& rule_ids, std::size_t max_theme_bytes);

/// The revisions of a git comparison: `against` (a revision against the
/// working tree), or `from` and `to` (two revisions).
struct GitRevisions {
    std::string against;
    std::string from;
    std::string to;
};

/// The two sides of a git comparison, and the repository and trees that must
/// live as long as they.
struct GitSides {
    std::unique_ptr<GitRepository> repo;
    std::vector<std::unique_ptr<GitTree>> trees;
    SideSource old_side;
    SideSource new_side;
    /// Why the sides could not be built (no repository, an unknown revision,
    /// paths that name nothing on either side); the sides are empty then.
    std::vector<std::string> errors;
};

/// The sides of a git comparison of `paths` (command-line paths relative to
/// the current folder; empty: the project's `themes` globs) in the repository
/// holding `start`; a revision's project files are checked against `rule_ids`.
GitSides sides_from_git(const GitRevisions& revisions, const std::vector<std::string>& paths,
                        const ProjectConfig& config, const std::filesystem::path& start,
                        const RuleIds& rule_ids);

}  // namespace reltheme
