#pragma once
/// The theme ids of a project's other theme files, for the finding that spans
/// files in the editor: a theme id another file of the project already uses
/// (`duplicate-id`). The files are those `lint` reads with no paths given
/// (load/discover.h: the project's `themes` globs, its `ignore` globs, what
/// git ignores), loaded as `lint` loads them; each is read again only when its
/// size or modification time changes.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/context.h"
#include "load/discover.h"
#include "load/project.h"
#include "load/yaml_doc.h"
#include "util/diagnostic.h"

namespace reltheme::lsp {

class ProjectThemeIds {
  public:
    /// The `duplicate-id` findings of the theme `self` (its file `self_path`)
    /// against the other theme files of the project, from check/'s own rule,
    /// placed on `self` whichever file comes first (the file being edited is
    /// where the author can act), with the project file's level applied.
    std::vector<Diagnostic> duplicates(const ProjectConfig& config,
                                       const std::filesystem::path& self_path,
                                       const ThemeSummary& self, const YamlLimits& limits);

    /// Keep each project's list of files between checks (the client reports
    /// file changes), until forget_lists(); else it is walked every check.
    void keep_lists(bool keep) { m_keep_lists = keep; }
    /// Files were created, changed or deleted: the lists are walked again.
    void forget_lists() { m_lists.clear(); }

  private:
    struct Entry {
        std::filesystem::file_time_type modified;
        std::uintmax_t size = 0;
        std::optional<ThemeSummary> summary;
    };
    std::map<std::string, Entry> m_files;
    bool m_keep_lists = false;
    /// The files of each project (by its file), while kept.
    std::map<std::filesystem::path, std::vector<InputPath>> m_lists;
};

}  // namespace reltheme::lsp
