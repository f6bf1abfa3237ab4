#pragma once
/// Laying out a dot graph as SVG in-process with Graphviz's libraries
/// (cgraph reads the text, gvc runs the `dot` layout and the SVG renderer).
#include <optional>
#include <string>
#include <string_view>

namespace reltheme::render {

/// The SVG document for a dot text, or nullopt with `error` set (Graphviz's
/// own message) when the text does not parse or no layout plugin is found.
/// Graphviz is not thread-safe: call from one thread at a time.
std::optional<std::string> dot_to_svg(std::string_view dot, std::string& error);

/// The `<svg>` element of an SVG document, without the XML declaration,
/// DOCTYPE and leading comments, ready to sit inside an HTML page.
std::string inline_svg(std::string_view svg_document);

}  // namespace reltheme::render
