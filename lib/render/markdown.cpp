#include "render/markdown.h"

#include <cmark.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <vector>

#include "render/escape.h"

namespace reltheme::render {
namespace {

struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

struct CharDeleter {
    void operator()(char* p) const { std::free(p); }
};

std::string take(char* text) {
    std::unique_ptr<char, CharDeleter> owned(text);
    return owned ? std::string(owned.get()) : std::string();
}

/// A text node with `literal`.
cmark_node* text_node(const std::string& literal) {
    cmark_node* t = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(t, literal.c_str());
    return t;
}

/// Raw HTML as visible text: inline HTML becomes a text node; an HTML block
/// becomes a paragraph of its lines joined by soft breaks.
void neutralise_html(cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    std::string text = literal ? literal : "";
    if (cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE) {
        cmark_node_replace(node, text_node(text));
    } else {
        while (!text.empty() && text.back() == '\n') text.pop_back();
        cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
        std::size_t start = 0;
        while (true) {
            const std::size_t end = text.find('\n', start);
            cmark_node_append_child(para, text_node(text.substr(start, end - start)));
            if (end == std::string::npos) break;
            cmark_node_append_child(para, cmark_node_new(CMARK_NODE_SOFTBREAK));
            start = end + 1;
        }
        cmark_node_replace(node, para);
    }
    cmark_node_free(node);
}

/// An image becomes a link to the same address with the same text.
void image_to_link(cmark_node* image) {
    cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
    const char* url = cmark_node_get_url(image);
    cmark_node_set_url(link, is_safe_url(url ? url : "") ? url : "");
    if (const char* title = cmark_node_get_title(image)) cmark_node_set_title(link, title);
    while (cmark_node* child = cmark_node_first_child(image)) {
        cmark_node_unlink(child);
        cmark_node_append_child(link, child);
    }
    cmark_node_replace(image, link);
    cmark_node_free(image);
}

/// Parses and makes the tree safe; shifts headings so the highest becomes
/// `heading_base`.
NodePtr parse_safe(std::string_view markdown, int heading_base) {
    const std::string text = clean_text(markdown);
    NodePtr doc(cmark_parse_document(text.data(), text.size(), CMARK_OPT_VALIDATE_UTF8));
    // Collect first: the tree must not change under the iterator.
    std::vector<cmark_node*> html;
    std::vector<cmark_node*> images;
    std::vector<cmark_node*> links;
    std::vector<cmark_node*> headings;
    cmark_iter* it = cmark_iter_new(doc.get());
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* n = cmark_iter_get_node(it);
        switch (cmark_node_get_type(n)) {
            case CMARK_NODE_HTML_BLOCK:
            case CMARK_NODE_HTML_INLINE:
                html.push_back(n);
                break;
            case CMARK_NODE_IMAGE:
                images.push_back(n);
                break;
            case CMARK_NODE_LINK:
                links.push_back(n);
                break;
            case CMARK_NODE_HEADING:
                headings.push_back(n);
                break;
            default:
                break;
        }
    }
    cmark_iter_free(it);
    for (cmark_node* n : links) {
        const char* url = cmark_node_get_url(n);
        if (url && !is_safe_url(url)) cmark_node_set_url(n, "");
    }
    for (cmark_node* n : images) image_to_link(n);
    for (cmark_node* n : html) neutralise_html(n);
    if (!headings.empty()) {
        int top = 6;
        for (cmark_node* h : headings) top = std::min(top, cmark_node_get_heading_level(h));
        const int shift = std::max(1, heading_base) - top;
        for (cmark_node* h : headings) {
            const int level = std::clamp(cmark_node_get_heading_level(h) + shift, 1, 6);
            cmark_node_set_heading_level(h, level);
        }
    }
    return doc;
}

}  // namespace

bool is_safe_url(std::string_view url) {
    // The scheme is what precedes the first ':' when no '/', '?' or '#' comes
    // before it. Browsers drop spaces, tabs and line breaks inside it, so do we.
    const auto colon = url.find(':');
    if (colon == std::string_view::npos) return true;  // a relative address
    const auto path = url.find_first_of("/?#");
    if (path != std::string_view::npos && path < colon) return true;
    std::string scheme;
    for (const char c : url.substr(0, colon)) {
        if (static_cast<unsigned char>(c) > ' ') {
            scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return scheme != "javascript" && scheme != "vbscript" && scheme != "file" && scheme != "data";
}

std::string markdown_to_html(std::string_view markdown, int heading_base) {
    const NodePtr doc = parse_safe(markdown, heading_base);
    return take(cmark_render_html(doc.get(), CMARK_OPT_SAFE));
}

std::string markdown_to_markdown(std::string_view markdown, int heading_base) {
    const NodePtr doc = parse_safe(markdown, heading_base);
    return take(cmark_render_commonmark(doc.get(), CMARK_OPT_DEFAULT, 0));
}

}  // namespace reltheme::render
