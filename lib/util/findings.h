#pragma once
/// What a run found, file by file: the input of every report printer.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

/// Why part of a run could not be done: every report says so, with this id
/// (docs/output-formats.md, "A failed run"), and the exit status is 2.
enum class FailureReason {
    MissingPath,        ///< a path named on the command line does not exist (or a dangling link)
    UnreadableFolder,   ///< a folder could not be listed
    NoFiles,            ///< the paths or the `themes` globs matched no theme file
    ReadError,          ///< a file was found but could not be read
    OutsideRepository,  ///< a theme file is a symbolic link out of its repository root
};

/// `missing-path`, `unreadable-folder`, `no-files`, `read-error`, `outside-repository`.
std::string_view to_string(FailureReason reason);

/// One thing a run could not read.
struct RunFailure {
    FailureReason reason = FailureReason::ReadError;
    std::string path;  ///< as the user gave it (a folder, a file, or a glob for no-files)
    /// Says what and why, path included: `themse/: no such file or folder`.
    std::string message;
};

struct FileFindings {
    std::string path;
    SourceText source;  ///< kept only when there is something to show
    std::vector<Diagnostic> diagnostics;
    /// Other files some of `diagnostics` point into (templates the theme
    /// names), for code frames.
    std::vector<SourceText> related;
    std::optional<std::string> read_error;  ///< a read-error of this file
    /// Findings the baseline accepts (check/baseline.h), in report order:
    /// not counted, left out of every report but SARIF, which lists them as
    /// suppressed.
    std::vector<Diagnostic> baselined;
};

struct Findings {
    std::vector<FileFindings> files;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    /// Set when the run failed: a file of `files` could not be read, or
    /// `failures` is not empty.
    bool read_failed = false;
    /// What could not be read before any file was: missing paths, unreadable
    /// folders, nothing matched. A file's own read error is in `files`.
    std::vector<RunFailure> failures;
    /// Findings the baseline accepts, of every file (not in the counts above).
    int baselined = 0;
    /// Entries of the baseline whose findings went down or vanished in the
    /// files the run checked (`--baseline-prune` lowers or drops them).
    int unused_baseline_entries = 0;
};

/// Every failure of the run, in report order: `failures`, then each file's
/// read error (`cannot read PATH: ...`). Empty when the run did its job.
std::vector<RunFailure> run_failures(const Findings& findings);

}  // namespace reltheme
