#pragma once
/// Making text from a theme file safe in each output language. Everything a
/// theme says goes through one of these before it reaches a page or a graph:
/// a stage named `<script>alert(1)</script>` shows as those characters.
#include <string>
#include <string_view>

namespace reltheme::render {

/// The text with control characters (C0 other than tab and line feed, DEL,
/// C1) and invalid UTF-8 bytes replaced by U+FFFD; CRLF and lone CR become LF.
std::string clean_text(std::string_view text);

/// Text for HTML element content and quoted attribute values: & < > " ' escaped.
std::string html_escape(std::string_view text);

/// Text for inline Markdown: the characters that could start markup (`\`,
/// `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `&`, `!`, `#`, `~`) get a
/// backslash, line breaks become spaces. Renders back to the same characters.
/// With `line_start`, a leading list or underline marker (`-`, `+`, `=`,
/// `1.`, `1)`) is escaped as well, for text that begins a paragraph or item.
std::string markdown_escape(std::string_view text, bool line_start = false);

/// Text for the inside of a double-quoted Graphviz string: `"` and `\`
/// escaped (so `\N`, `\G` and friends lose their meaning), line breaks become
/// spaces.
std::string dot_escape(std::string_view text);

/// Text for the inside of a double-quoted Mermaid label: `"`, `#`, `<`, `>`,
/// `&` and `` ` `` written as Mermaid entity codes (`#quot;`, `#35;`, `#lt;`
/// ...), line breaks become spaces.
std::string mermaid_escape(std::string_view text);

}  // namespace reltheme::render
