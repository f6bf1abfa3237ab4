#pragma once
/// The frame of every HTML page reltheme writes: one file that needs nothing
/// else — inline CSS, no scripts, no fonts, images or styles from elsewhere —
/// and a Content-Security-Policy that forbids loading anything, so a page
/// works offline and a slip in escaping could not run code.
#include <string>
#include <string_view>

#include "render/language.h"

namespace reltheme::render {

/// A whole HTML5 document around `body` (already HTML); `title` is plain text.
std::string html_document(Lang lang, std::string_view title, std::string_view body);

}  // namespace reltheme::render
