#pragma once
/// What a run found, file by file: the input of every report printer.
#include <optional>
#include <string>
#include <vector>

#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

struct FileFindings {
    std::string path;
    SourceText source;  ///< kept only when there is something to show
    std::vector<Diagnostic> diagnostics;
    /// Other files some of `diagnostics` point into (templates the theme
    /// names), for code frames.
    std::vector<SourceText> related;
    std::optional<std::string> read_error;
};

struct Findings {
    std::vector<FileFindings> files;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    bool read_failed = false;
};

}  // namespace reltheme
