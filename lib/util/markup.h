#pragma once
/// Escaping text for HTML and XML (element content and quoted attributes),
/// for inline Markdown, and for YAML scalars (what `init` writes, the text
/// `lint --fix` puts into a theme).
#include <string>
#include <string_view>

namespace reltheme {

/// `text` with & < > " ' written as entities (`&#39;` for the apostrophe,
/// valid in HTML and XML alike); with `tab`, tabs too (`&#9;`, which XML
/// attribute normalisation would otherwise turn into spaces). The caller
/// removes control characters first.
std::string markup_escape(std::string_view text, bool tab = false);

/// Text for inline Markdown: the characters that could start markup (`\`,
/// `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `&`, `!`, `#`, `~`) get a
/// backslash, line breaks become spaces. Renders back to the same characters,
/// in a paragraph and in a table cell alike. With `line_start`, a leading list
/// or underline marker (`-`, `+`, `=`, `1.`, `1)`) is escaped as well, for
/// text that begins a paragraph or item. The caller removes control
/// characters first.
std::string markdown_escape(std::string_view text, bool line_start = false);

/// Markdown text (already through markdown_escape) that a forge renders as
/// written, without acting on it: `@name` mentions no one and `https://`,
/// `www.` and `a@b.c` make no link, by a zero-width space (`&#8203;`) after
/// the `@`, after the scheme's colon and after `www`, as dependency bots do.
/// For text posted as a pull-request comment, where a theme's values must not
/// notify a team or carry a link.
std::string markdown_inert(std::string_view text);

/// `text` as a plain YAML scalar when it reads back as the same string,
/// else double-quoted (yaml_quote).
std::string yaml_scalar(std::string_view text);

/// `text` as a double-quoted YAML scalar: `"` and `\` escaped, line breaks,
/// tabs and other control characters as escapes.
std::string yaml_quote(std::string_view text);

/// `text` as a JSON string: `"` and `\` escaped, control characters and DEL
/// as `\u00XX`, everything else (UTF-8 included) as it is.
std::string json_quote(std::string_view text);

}  // namespace reltheme
