#pragma once
/// Applying a baseline to a run's findings, and the baseline a run writes
/// (`--baseline-write`, `--baseline-prune`; the file is load/baseline.h).
/// ESLint's bulk suppressions decide it: a file's findings of a rule are
/// accepted while there are no more of them than the baseline records; when
/// there are more, every one of them is reported, since which are new cannot
/// be told without lines (docs/adoption.md).
#include <set>
#include <string>
#include <vector>

#include "check/policy.h"
#include "load/baseline.h"
#include "load/project.h"
#include "util/findings.h"

namespace reltheme {

/// What a run may report: the same rules and levels as apply_policy.
struct BaselineScope {
    const ProjectConfig* config = nullptr;
    RuleSelection selection;
    bool lint = false;
};

/// A baseline entry whose findings went down: `found` of the `recorded`.
struct UnusedBaselineEntry {
    std::string file;
    std::string rule;
    int recorded = 0;
    int found = 0;
};

/// The key a finding's file has in a baseline: its path from the project
/// root, with `/`.
std::string baseline_key(const std::string& display_path, const ProjectConfig& config);

/// The files the run checked, as baseline keys: every file read and every
/// file a finding points into.
std::set<std::string> checked_files(const Findings& findings, const ProjectConfig& config);

/// The counts of the run's findings (the reported ones and those already
/// baselined), by file and rule.
Baseline baseline_of(const Findings& findings, const ProjectConfig& config);

/// Moves the findings `baseline` accepts into each file's `baselined`,
/// counts again, and returns the entries of the checked files whose rule the
/// run may report and whose findings went down or vanished, in key order;
/// `findings.unused_baseline_entries` is their number.
std::vector<UnusedBaselineEntry> apply_baseline(Findings& findings, const Baseline& baseline,
                                                const BaselineScope& scope);

/// The baseline to write after a run: for the files the run checked, each
/// rule the run may report gets the count found (`prune`: the lower of that
/// and the count recorded, so pruning never accepts a new finding), and is
/// dropped at 0; other rules and the files the run did not check keep their
/// entries, unless the file no longer exists under the project root.
Baseline next_baseline(const Baseline& old, const Findings& findings, const BaselineScope& scope,
                       bool prune);

}  // namespace reltheme
