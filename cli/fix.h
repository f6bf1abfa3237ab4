#pragma once
/// `lint --fix`, `--diff` and `--unsafe-fixes` (docs/fixes.md): the options,
/// and the step of a `validate`/`lint` run that applies or shows the fixes.
#include <optional>
#include <vector>

#include <CLI/CLI.hpp>

#include "check/engine.h"
#include "load/discover.h"
#include "util/findings.h"

namespace reltheme::cli {

struct FixOptions {
    bool fix = false;     ///< write the fixes
    bool diff = false;    ///< print them as a unified diff instead
    bool unsafe = false;  ///< unsafe fixes too
    bool any() const { return fix || diff; }
};

void add_fix_options(CLI::App& app, FixOptions& options);

/// Applies (`--fix`) or shows (`--diff`) the fixes of a run's findings.
/// With --diff the diffs go to standard output and the run ends here: the
/// exit status (1 when a fix would apply, 0 when none would, 2 when a file
/// could not be read). With --fix the files are written and the findings are
/// those of a new check of the fixed files; nullopt, or 2 when a file could
/// not be fixed or written.
std::optional<int> run_fixes(const FixOptions& options, Findings& findings,
                             const std::vector<InputPath>& inputs, const CheckOptions& check);

}  // namespace reltheme::cli
