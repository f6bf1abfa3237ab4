#pragma once
/// The baseline file (`reltheme-baseline.json`, docs/adoption.md): how many
/// findings of each rule each file had when the baseline was written, as
/// ESLint's bulk suppressions keep them — by file and rule, never by line,
/// so it does not go stale when lines move.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "load/project.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

/// The file name a baseline has by default, beside the project file.
inline constexpr const char* k_default_baseline_name = "reltheme-baseline.json";

struct Baseline {
    /// File (from the project root, with `/`) → rule id → number of findings
    /// (at least 1).
    std::map<std::string, std::map<std::string, int>> counts;
};

/// Reads a baseline's text (JSON, which the YAML reader reads as the subset
/// of YAML 1.2 it is, so every mistake has a line and column); findings go to
/// `sink` (`yaml-syntax`, `schema`). Nullopt when it cannot be used.
std::optional<Baseline> parse_baseline(const SourceText& source, DiagnosticSink& sink);

/// The text of a baseline: JSON, files and rules sorted, two-space indent,
/// a newline at the end; the same counts always give the same bytes.
std::string baseline_text(const Baseline& baseline);

/// A baseline file read and checked: the baseline, or why it cannot be used.
struct BaselineFile {
    std::optional<Baseline> baseline;
    std::vector<Diagnostic> diagnostics;
    std::optional<SourceText> source;  ///< the text the findings point into
    /// `cannot read the baseline F: WHY` (an absent file among them).
    std::string read_error;
    bool missing = false;  ///< the file does not exist
};

/// Reads `path` (through util/file; with `to_replace`, the read the ledger
/// does not record, for a run that rewrites the file) and parses it.
BaselineFile load_baseline_file(const std::filesystem::path& path, bool to_replace);

/// Where a project keeps its baseline: the `baseline` key of reltheme.yaml
/// (from the project file's folder), else `reltheme-baseline.json` beside the
/// project file, else in the working folder when there is no project file.
std::filesystem::path default_baseline_path(const ProjectConfig& config);

}  // namespace reltheme
