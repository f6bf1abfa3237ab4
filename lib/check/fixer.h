#pragma once
/// `lint --fix`: the fixes of a file's findings applied to its text as text
/// edits at their ranges (so comments, key order and layout survive), the
/// result checked again, and again fixed, until nothing is left to fix
/// (docs/fixes.md).
#include <filesystem>
#include <string>
#include <vector>

#include "check/engine.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

/// The most rounds of fixing one file gets: a fix can bring another to
/// light (a key mended, then its value), never an endless chain.
inline constexpr int k_max_fix_rounds = 10;

/// Whether `--fix` applies the fix: safe ones always, unsafe ones with
/// `--unsafe-fixes`.
bool fix_applies(const Fix& fix, bool unsafe);

/// What a fix does, as SARIF's fix description and the editor's code action
/// name it: «Remove», «Replace with "proposal"», in the run's language.
std::string fix_title(const Fix& fix);

/// The text with the applicable fixes of `diagnostics` that point into
/// `source` applied, from the last to the first; a fix overlapping one
/// already taken is left for the next round. `applied` counts them.
std::string apply_fixes(const SourceText& source, const std::vector<Diagnostic>& diagnostics,
                        bool unsafe, int& applied);

struct FixedText {
    std::string text;  ///< the fixed text (the input when nothing applied)
    int applied = 0;   ///< fixes applied, over every round
    /// Why the file is left as it was: it has a YAML syntax error, or the
    /// fixes would give it one. Empty when it was fixed or had nothing to fix.
    std::string refused;
    /// The findings of the fixed text.
    std::vector<Diagnostic> diagnostics;
};

/// Fixes the text of the theme file `path` (BOM removed), whose findings are
/// `diagnostics`, checking each round's result with `options` (check_text).
FixedText fix_text(const std::string& path, const std::string& text,
                   std::vector<Diagnostic> diagnostics, const CheckOptions& options, bool unsafe);

/// One theme file of a run, fixed.
struct FileFix {
    std::string display;         ///< as findings name it
    std::filesystem::path path;  ///< on disk
    std::string before;          ///< its bytes as read (BOM included)
    std::string after;           ///< the bytes to write (BOM kept)
    int applied = 0;
    std::string refused;    ///< why it is left as it was, or empty
    bool is_stdin = false;  ///< standard input: shown by --diff, never written
};

/// Fixes every file of a run that has an applicable fix: each one's text is
/// read again (it must still be what was checked) and fixed with fix_text.
/// Standard input is fixed from the text that was checked (it cannot be read
/// again). Files with nothing to fix are left out.
std::vector<FileFix> fix_findings(const Findings& findings, const std::vector<InputPath>& inputs,
                                  const CheckOptions& options, bool unsafe);

}  // namespace reltheme
