#pragma once
/// The manager's handbook of one theme — what it is for, its stages with
/// deadlines in words and instructions, outcomes, fields, documents, its
/// parameters in plain language, deadline approval and the instruction — as a
/// Markdown or a self-contained HTML page; and the index page of a site.
#include <optional>
#include <string>
#include <vector>

#include "model/theme.h"
#include "render/language.h"
#include "render/page.h"

namespace reltheme::render {

struct HandbookOptions {
    Lang lang = Lang::En;
    /// The theme's instruction (inline, or the content of `instruction_file`).
    std::optional<std::string> instruction;
    /// The theme file as shown in the footer; empty for none.
    std::string source_file;
    /// A link back to the index (site pages); empty for none.
    std::string back_href;
};

/// The handbook's content, before it is written in either language.
Page handbook_page(const Theme& theme, const HandbookOptions& options);

std::string handbook_markdown(const Theme& theme, const HandbookOptions& options);

/// The HTML page with the stage graph laid out by Graphviz and inlined as
/// SVG. When Graphviz fails the page says why in place of the graph and
/// `graph_error` (if given) receives the reason.
std::string handbook_html(const Theme& theme, const HandbookOptions& options,
                          std::string* graph_error = nullptr);

/// One theme on the index page.
struct IndexEntry {
    const Theme* theme = nullptr;
    std::string href;  ///< its page, relative to the index
};

/// The index of a handbook site: every theme by type, with its description.
Page index_page(const std::vector<IndexEntry>& entries, Lang lang);

/// Fills the placeholders a handbook can know — `{{theme.name}}` and, for a
/// stage's instruction, `{{stage.name}}` — and leaves the deal's own
/// (`{{client.name}}` ...) visible as written.
/// Throws FilledTooLarge when the filled text would be over the limits of
/// template_fill.h.
std::string fill_instruction(const std::string& markdown, const Theme& theme, const Stage* stage);

}  // namespace reltheme::render
