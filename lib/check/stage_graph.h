#pragma once
/// The stage graph of a sales theme as the graph rules see it, and the two
/// linear searches they need: forward from the first stage, backward from the
/// final stages. Nothing enumerates paths, so 100 000 stages cost milliseconds.
#include <vector>

#include "model/theme.h"

namespace reltheme {

struct StageGraph {
    /// Targets of each stage's `next`, by index into `Theme::stages`. A target
    /// that names no stage but is a likely typo of one (did-you-mean) counts as
    /// an edge to that stage, so one typo gives one `unknown-stage` finding and
    /// not also `unreachable-stage` and `dead-end`.
    std::vector<std::vector<int>> next;
    /// Set when some target names no stage and has no suggestion: where it
    /// leads is unknown, so the stage is not called a dead end.
    std::vector<bool> unresolved;
    /// How many `next` entries of any stage lead to each stage.
    std::vector<int> incoming;

    int size() const { return static_cast<int>(next.size()); }
};

StageGraph build_stage_graph(const Theme& theme);

/// Stages a deal can reach from the first stage (breadth-first search).
std::vector<bool> reachable_from_first(const StageGraph& graph);

/// Stages from which some final stage (one without `next`) can be reached:
/// a breadth-first search backwards from the final stages. Stages with an
/// unresolved target count as able to reach one.
std::vector<bool> can_reach_final(const Theme& theme, const StageGraph& graph);

}  // namespace reltheme
