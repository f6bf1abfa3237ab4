#pragma once
/// `--statistics`: the findings of a run counted by rule, as ruff's
/// `--statistics` counts them (docs/adoption.md): human and JSON
/// (schemas/statistics.schema.json).
#include <ostream>
#include <string>
#include <vector>

#include "report/output.h"
#include "report/report.h"

namespace reltheme {

/// One line of the statistics: how many findings a rule gave.
struct RuleCount {
    std::string rule;
    int count = 0;
    /// At least one of them carries a safe fix, one `lint --fix` applies
    /// (docs/fixes.md), as ruff's `[*]`.
    bool fixable = false;
    /// None has a safe fix, but one has an unsafe fix (`--unsafe-fixes`).
    bool unsafe_fixable = false;
    std::string summary;  ///< the rule's one-line summary (`reltheme rules`)
};

/// The findings counted by rule, most first, then by rule id. With `quiet`
/// only findings at error severity are counted, as the human report shows
/// only those. Summaries come from `rules` (empty for a rule not there).
std::vector<RuleCount> rule_statistics(const Findings& findings, const std::vector<RuleInfo>& rules,
                                       bool quiet);

/// The formats of `--statistics`: human, json.
const OutputRegistry<Findings, ReportOptions>& statistics_outputs();

}  // namespace reltheme
