#pragma once
/// Escaping text for HTML and XML (element content and quoted attributes).
#include <string>
#include <string_view>

namespace reltheme {

/// `text` with & < > " ' written as entities (`&#39;` for the apostrophe,
/// valid in HTML and XML alike); with `tab`, tabs too (`&#9;`, which XML
/// attribute normalisation would otherwise turn into spaces). The caller
/// removes control characters first.
std::string markup_escape(std::string_view text, bool tab = false);

}  // namespace reltheme
