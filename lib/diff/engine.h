#pragma once
/// A `reltheme diff` run: validate both sides, match themes by id (by file
/// when the id changed), run every change kind on each pair, apply the
/// project file's levels, count. Printing lives in report/diff_report.h.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "check/policy.h"
#include "diff/change.h"
#include "load/discover.h"
#include "load/project.h"
#include "load/yaml_doc.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

/// A revision's theme file, held in memory: its bytes, or only its size when
/// it is over the size limit (its object is never inflated then).
struct HeldFile {
    std::optional<std::string> bytes;
    std::uintmax_t size = 0;
};

/// One theme file of one side.
struct DiffFile {
    /// `display` is how reports name it (`REV:path` for a revision); `path` is
    /// where it is on disk, or for a revision where it would be in the
    /// temporary folder that holds the files it names (`held` has its bytes).
    InputPath input;
    /// The path relative to what is compared (a folder, the repository root);
    /// files with the same key whose theme id changed are compared as one theme.
    std::string key;
    /// The path without a revision prefix, for GitHub annotations.
    std::string plain;
    /// A revision's file: read from here, not from `input.path`.
    std::optional<HeldFile> held;
};

/// One side of a comparison.
struct DiffSide {
    std::string label;  ///< "HEAD~1", "working tree", a folder
    std::vector<DiffFile> files;
    /// The project file its themes are validated with.
    ProjectConfig config;
};

struct DiffOptions {
    int jobs = 1;
    YamlLimits limits;
    /// The project file whose `rules:` levels apply to the change kinds.
    ProjectConfig config;
    /// Two files were named: compare them whatever their theme ids.
    bool pair_files = false;
    /// Passed to the validation of both sides (CheckOptions::is_rule_id).
    RuleIdTest is_rule_id = nullptr;
};

enum class ThemeStatus { Added, Removed, Changed, Unchanged, Invalid };

const char* to_string(ThemeStatus s);

/// What became of one theme.
struct ThemeDiff {
    std::string id;  ///< the new id, else the old one; empty when neither loaded
    std::string name;
    std::optional<std::string> old_file;  ///< as reports name it
    std::optional<std::string> new_file;
    /// The files without a revision prefix (see DiffFile::plain).
    std::string old_plain;
    std::string new_plain;
    /// The files' keys (see DiffFile::key): equal unless the theme moved.
    std::string old_key;
    std::string new_key;
    SourceText old_source;
    SourceText new_source;
    ThemeStatus status = ThemeStatus::Unchanged;
    std::vector<Change> changes;
    /// Errors of a version that does not validate (then nothing is compared).
    std::vector<Diagnostic> old_errors;
    std::vector<Diagnostic> new_errors;
    int breaking = 0;
    int warnings = 0;
    int infos = 0;

    /// The source a location in `file` points into, if kept.
    const SourceText* source_of(const std::string& file) const;
};

struct DiffResult {
    std::string old_label;
    std::string new_label;
    std::vector<ThemeDiff> themes;
    /// What the run could not read (files of either side, missing paths):
    /// every report says the run failed (docs/output-formats.md).
    std::vector<RunFailure> failures;
    int breaking = 0;
    int warnings = 0;
    int infos = 0;
    int invalid_new = 0;     ///< themes whose new version does not validate
    int invalid_old = 0;     ///< themes compared against an old version that does not validate
    int changed_themes = 0;  ///< compared themes with at least one change
};

DiffResult diff_sides(const DiffSide& old_side, const DiffSide& new_side,
                      const DiffOptions& options);

}  // namespace reltheme
