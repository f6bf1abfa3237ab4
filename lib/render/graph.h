#pragma once
/// A sales theme's stage graph as text for diagram tools: Mermaid (for
/// Markdown that GitHub and GitLab draw) and Graphviz dot. Both read left to
/// right, start at the first stage, mark final stages, draw back-edges dashed
/// and label transitions with their probability.
#include <optional>
#include <string>
#include <vector>

#include "model/theme.h"
#include "render/language.h"

namespace reltheme::render {

/// One drawn transition, by stage index.
struct GraphEdge {
    int from = 0;
    int to = 0;
    std::optional<double> probability;
    /// Leads back to a stage on the way from the first stage (closes a cycle),
    /// found by a depth-first walk from the first stage in `next` order.
    bool back = false;
};

/// The transitions of a theme in stage order, each with its back-edge flag.
/// Transitions to stages that do not exist are left out.
std::vector<GraphEdge> stage_edges(const Theme& theme);

/// The label under a stage's name: its deadline in words, or nothing.
std::string stage_caption(const Stage& stage, Lang lang);

std::string to_mermaid(const Theme& theme, Lang lang);

struct DotOptions {
    /// Nodes link to `#stage-<id>` and show the stage's instruction as a
    /// tooltip (for the graph inside a handbook page).
    bool link_stages = false;
};

std::string to_dot(const Theme& theme, Lang lang, const DotOptions& options = {});

}  // namespace reltheme::render
