#pragma once
/// The scenario files a `simulate` run reads: files named on the command line
/// as given, folders walked as `validate` walks them (load/discover.h: hidden
/// entries, the project file's `ignore` globs and what git ignores skipped,
/// name order) for the
/// YAML files that are scenarios (load/file_kind.h: themes, models and deal
/// files in the same folder are skipped).
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "load/project.h"
#include "util/findings.h"

namespace reltheme {

struct ScenarioDiscovery {
    std::vector<std::filesystem::path> files;
    /// Paths that do not exist (missing-path) or folders that cannot be
    /// walked (unreadable-folder): the run failed, and its reports say so.
    std::vector<RunFailure> failures;
};

/// The scenarios of `args`; a file found in a folder is read (at most
/// `max_bytes`) to tell whether it is a scenario.
ScenarioDiscovery discover_scenarios(const std::vector<std::string>& args,
                                     const ProjectConfig& config, std::size_t max_bytes);

}  // namespace reltheme
