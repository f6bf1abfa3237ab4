#include "render/page.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/escape.h"
#include "render/html.h"
#include "render/markdown.h"

namespace reltheme::render {
namespace {

std::string trim_newlines(std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

/// A Markdown code span that holds `text` exactly, whatever backticks it has.
std::string markdown_code(std::string_view raw) {
    std::string text = clean_text(raw);
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(longest + 1, '`');
    const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`' ||
                                       text.front() == ' ' || text.back() == ' ');
    return pad ? fence + " " + text + " " + fence : fence + text + fence;
}

/// Inline Markdown; `line_start` when the text begins a paragraph or item.
std::string inline_markdown(const Inline& spans, bool line_start = false) {
    std::string out;
    for (const auto& s : spans) {
        switch (s.style) {
            case Span::Style::Plain:
                out += markdown_escape(s.text, line_start && out.empty());
                break;
            case Span::Style::Code:
                out += markdown_code(s.text);
                break;
            case Span::Style::Strong:
                out += "**" + markdown_escape(s.text) + "**";
                break;
            case Span::Style::Link:
                if (s.href.starts_with("#") || s.href.empty()) {
                    out += markdown_escape(s.text);
                } else {
                    out += "[" + markdown_escape(s.text) + "](" + s.href + ")";
                }
                break;
        }
    }
    return out;
}

std::string inline_html(const Inline& spans) {
    std::string out;
    for (const auto& s : spans) {
        switch (s.style) {
            case Span::Style::Plain:
                out += html_escape(s.text);
                break;
            case Span::Style::Code:
                out += "<code>" + html_escape(s.text) + "</code>";
                break;
            case Span::Style::Strong:
                out += "<strong>" + html_escape(s.text) + "</strong>";
                break;
            case Span::Style::Link:
                out += "<a href=\"" + html_escape(s.href) + "\">" + html_escape(s.text) + "</a>";
                break;
        }
    }
    return out;
}

std::string block_markdown(const Block& b, const PageGraph& graph) {
    std::string out;
    switch (b.kind) {
        case Block::Kind::Paragraph:
            out = inline_markdown(b.text, true);
            break;
        case Block::Kind::Facts:
            for (const auto& f : b.facts) {
                out += "- **" + markdown_escape(f.label) + ":** " + inline_markdown(f.value) + "\n";
            }
            break;
        case Block::Kind::Bullets:
            for (const auto& item : b.items) out += "- " + inline_markdown(item, true) + "\n";
            break;
        case Block::Kind::Table: {
            out += "|";
            for (const auto& h : b.header) out += " " + markdown_escape(h) + " |";
            out += "\n|";
            for (std::size_t i = 0; i < b.header.size(); ++i) out += "---|";
            out += "\n";
            for (const auto& row : b.rows) {
                out += "|";
                for (const auto& cell : row) {
                    const std::string text = inline_markdown(cell);
                    out += " " + (text.empty() ? std::string() : text + " ") + "|";
                }
                out += "\n";
            }
            break;
        }
        case Block::Kind::Markdown:
            out = b.verbatim ? b.markdown : markdown_to_markdown(b.markdown, b.heading_base);
            break;
        case Block::Kind::Graph:
            out = "```mermaid\n" + graph.mermaid + "```";
            break;
    }
    return trim_newlines(out);
}

std::string block_html(const Block& b, const PageGraph& graph) {
    std::string out;
    switch (b.kind) {
        case Block::Kind::Paragraph:
            out = "<p>" + inline_html(b.text) + "</p>\n";
            break;
        case Block::Kind::Facts:
            out += "<dl class=\"facts\">\n";
            for (const auto& f : b.facts) {
                out +=
                    "<dt>" + html_escape(f.label) + "</dt><dd>" + inline_html(f.value) + "</dd>\n";
            }
            out += "</dl>\n";
            break;
        case Block::Kind::Bullets:
            out += "<ul>\n";
            for (const auto& item : b.items) out += "<li>" + inline_html(item) + "</li>\n";
            out += "</ul>\n";
            break;
        case Block::Kind::Table:
            out += "<table>\n<thead><tr>";
            for (const auto& h : b.header) out += "<th>" + html_escape(h) + "</th>";
            out += "</tr></thead>\n<tbody>\n";
            for (const auto& row : b.rows) {
                out += "<tr>";
                for (const auto& cell : row) out += "<td>" + inline_html(cell) + "</td>";
                out += "</tr>\n";
            }
            out += "</tbody>\n</table>\n";
            break;
        case Block::Kind::Markdown:
            out = "<div class=\"instruction\">\n" + markdown_to_html(b.markdown, b.heading_base) +
                  "</div>\n";
            break;
        case Block::Kind::Graph:
            if (!graph.svg.empty()) {
                out = "<figure class=\"graph\">\n" + graph.svg + "\n</figure>\n";
            } else {
                out = "<p class=\"error\">" + html_escape(graph.error) + "</p>\n";
            }
            break;
    }
    return out;
}

}  // namespace

Block paragraph(Inline text) {
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.text = std::move(text);
    return b;
}
Block facts(std::vector<Fact> items) {
    Block b;
    b.kind = Block::Kind::Facts;
    b.facts = std::move(items);
    return b;
}
Block bullets(std::vector<Inline> items) {
    Block b;
    b.kind = Block::Kind::Bullets;
    b.items = std::move(items);
    return b;
}
Block table(std::vector<std::string> header, std::vector<std::vector<Inline>> rows) {
    Block b;
    b.kind = Block::Kind::Table;
    b.header = std::move(header);
    b.rows = std::move(rows);
    return b;
}
Block markdown_block(std::string markdown, int heading_base) {
    Block b;
    b.kind = Block::Kind::Markdown;
    b.markdown = std::move(markdown);
    b.heading_base = heading_base;
    return b;
}
Block graph_block() {
    Block b;
    b.kind = Block::Kind::Graph;
    return b;
}

std::string page_to_markdown(const Page& page, const PageGraph& graph) {
    std::vector<std::string> parts;
    if (!page.back_href.empty()) {
        parts.push_back(inline_markdown({link(page.back_text, page.back_href)}));
    }
    parts.push_back("# " + markdown_escape(page.title));
    for (const auto& b : page.intro) parts.push_back(block_markdown(b, graph));
    for (const auto& s : page.sections) {
        parts.push_back(std::string(static_cast<std::size_t>(std::clamp(s.level, 1, 6)), '#') +
                        " " + markdown_escape(s.title));
        for (const auto& b : s.blocks) parts.push_back(block_markdown(b, graph));
    }
    if (!page.footer.empty()) {
        parts.push_back("---");
        parts.push_back(inline_markdown(page.footer));
    }
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        out += p + "\n\n";
    }
    return trim_newlines(out) + "\n";
}

std::string page_to_html(const Page& page, const PageGraph& graph) {
    std::string body;
    if (!page.back_href.empty()) {
        body += "<nav><a href=\"" + html_escape(page.back_href) + "\">" +
                html_escape(page.back_text) + "</a></nav>\n";
    }
    body += "<main>\n<h1>" + html_escape(page.title) + "</h1>\n";
    for (const auto& b : page.intro) body += block_html(b, graph);
    // Sections nest by level: a level-3 section sits inside the level-2 one before it.
    std::vector<int> open;
    const auto close_to = [&](int level) {
        while (!open.empty() && open.back() >= level) {
            body += "</section>\n";
            open.pop_back();
        }
    };
    for (const auto& s : page.sections) {
        const int level = std::clamp(s.level, 2, 6);
        close_to(level);
        body += "<section";
        if (!s.anchor.empty()) body += " id=\"" + html_escape(s.anchor) + "\"";
        if (!s.css_class.empty()) body += " class=\"" + html_escape(s.css_class) + "\"";
        body += fmt::format(">\n<h{0}>{1}</h{0}>\n", level, html_escape(s.title));
        open.push_back(level);
        for (const auto& b : s.blocks) body += block_html(b, graph);
    }
    close_to(0);
    body += "</main>\n";
    if (!page.footer.empty()) body += "<footer>" + inline_html(page.footer) + "</footer>\n";
    return html_document(page.lang, page.head_title, body);
}

}  // namespace reltheme::render
