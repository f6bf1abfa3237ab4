#pragma once
/// Instructions and templates are Markdown; cmark parses them. What comes out
/// is always safe: raw HTML is shown as text (never passed through), links
/// with `javascript:`, `vbscript:`, `file:` or `data:` addresses lose them,
/// and images become links (a handbook page loads nothing from elsewhere).
#include <string>
#include <string_view>

namespace reltheme::render {

/// HTML for a Markdown text. Headings are shifted so that the highest one in
/// the text becomes `<h{heading_base}>` (capped at h6), so an instruction that
/// starts with `#` nests under the page's own headings.
std::string markdown_to_html(std::string_view markdown, int heading_base);

/// The same text as normalised CommonMark, with headings shifted as above and
/// the same neutralisation of raw HTML, unsafe links and images.
std::string markdown_to_markdown(std::string_view markdown, int heading_base);

/// Whether a link address is one a page may carry (not `javascript:` etc.).
bool is_safe_url(std::string_view url);

}  // namespace reltheme::render
