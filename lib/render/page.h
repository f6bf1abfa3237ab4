#pragma once
/// A small document model between a theme and its handbook: the builder says
/// what a page holds once, and two writers print it as Markdown or HTML. All
/// text here is plain (not yet escaped); only `Block::markdown` is Markdown.
#include <string>
#include <vector>

#include "render/language.h"

namespace reltheme::render {

struct Span {
    enum class Style { Plain, Code, Strong, Link };
    std::string text;
    Style style = Style::Plain;
    std::string href;  ///< for links; `#...` links stay plain text in Markdown
};
using Inline = std::vector<Span>;

inline Span plain(std::string text) {
    return {std::move(text), Span::Style::Plain, {}};
}
inline Span code(std::string text) {
    return {std::move(text), Span::Style::Code, {}};
}
inline Span strong(std::string text) {
    return {std::move(text), Span::Style::Strong, {}};
}
inline Span link(std::string text, std::string href) {
    return {std::move(text), Span::Style::Link, std::move(href)};
}

struct Fact {
    std::string label;
    Inline value;
};

struct Block {
    enum class Kind { Paragraph, Facts, Bullets, Table, Markdown, Graph };
    Kind kind = Kind::Paragraph;
    Inline text;                      ///< Paragraph
    std::vector<Fact> facts;          ///< Facts: "label: value" lines
    std::vector<Inline> items;        ///< Bullets
    std::vector<std::string> header;  ///< Table
    std::vector<std::vector<Inline>> rows;
    std::string markdown;  ///< Markdown (an instruction)
    int heading_base = 3;  ///< Markdown: level its top heading gets
    /// Markdown: written into a Markdown page exactly as given (a filled
    /// template, as the client gets it), not normalised by cmark.
    bool verbatim = false;
};

Block paragraph(Inline text);
Block facts(std::vector<Fact> facts);
Block bullets(std::vector<Inline> items);
Block table(std::vector<std::string> header, std::vector<std::vector<Inline>> rows);
Block markdown_block(std::string markdown, int heading_base);
Block graph_block();

struct Section {
    int level = 2;
    std::string title;
    std::string anchor;     ///< HTML id, may be empty
    std::string css_class;  ///< HTML class, may be empty
    std::vector<Block> blocks;
};

struct Page {
    Lang lang = Lang::En;
    std::string title;       ///< the h1
    std::string head_title;  ///< the HTML <title>
    std::string back_href;   ///< a link above the title (site pages), may be empty
    std::string back_text;
    std::vector<Block> intro;
    std::vector<Section> sections;
    Inline footer;
};

/// The graph a page shows where it has a `Graph` block.
struct PageGraph {
    std::string mermaid;  ///< for Markdown: a ```mermaid block
    std::string svg;      ///< for HTML: an inline <svg> element
    std::string error;    ///< for HTML when there is no SVG: why
};

std::string page_to_markdown(const Page& page, const PageGraph& graph);
std::string page_to_html(const Page& page, const PageGraph& graph);

}  // namespace reltheme::render
