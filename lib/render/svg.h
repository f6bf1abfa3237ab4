#pragma once
/// Laying out a dot graph as SVG in-process with Graphviz's libraries
/// (cgraph reads the text, gvc runs the `dot` layout and the SVG renderer).
#include <optional>
#include <string>
#include <string_view>

#include "model/theme.h"

namespace reltheme::render {

/// Graphviz's dot layout takes time that grows faster than the graph (a chain
/// of 2,000 stages takes 0.8 s, of 10,000 stages 15 s), so larger stage graphs
/// are not laid out: `--to svg` fails and handbooks say why instead.
struct GraphLimits {
    std::size_t max_stages = 1000;       ///< RELTHEME_MAX_GRAPH_STAGES
    std::size_t max_transitions = 3000;  ///< RELTHEME_MAX_GRAPH_TRANSITIONS
    static GraphLimits from_environment();
};

/// Why `theme`'s stage graph is too big to lay out, or empty when it is not.
std::string graph_size_problem(const Theme& theme, const GraphLimits& limits);

/// The SVG document for a dot text, or nullopt with `error` set (Graphviz's
/// own message) when the text does not parse or no layout plugin is found.
/// Graphviz is not thread-safe: call from one thread at a time.
std::optional<std::string> dot_to_svg(std::string_view dot, std::string& error);

/// The `<svg>` element of an SVG document, without the XML declaration,
/// DOCTYPE and leading comments, ready to sit inside an HTML page.
std::string inline_svg(std::string_view svg_document);

}  // namespace reltheme::render
