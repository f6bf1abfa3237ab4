#pragma once
/// A preview of what the client receives: a document's template and its
/// email (subject and body) filled with a sample deal's values.
#include <optional>
#include <string>
#include <vector>

#include "model/theme.h"
#include "render/language.h"
#include "render/template_fill.h"

namespace reltheme::render {

struct PreviewInput {
    const Theme* theme = nullptr;
    const Document* document = nullptr;
    std::optional<std::string> template_text;  ///< the document template's content
    std::optional<std::string> email_body;     ///< the email body template's content
    /// The sample deal's values (`client` -> `name` ...); `theme.name` and
    /// `stage.name` are added from the theme.
    TemplateValue values;
    /// The stage the document is sent from; default: the first stage that
    /// offers it.
    std::string stage_id;
    std::string data_file;  ///< shown on the preview; may be empty
    Lang lang = Lang::En;
};

struct Preview {
    std::string text;
    /// Placeholders without a value (they stay in the text as tags).
    std::vector<std::string> missing;
    /// Sections without a value, read as false (`#fields.discount`).
    std::vector<std::string> missing_sections;
    /// Why the document cannot be sent from `stage_id`, when it cannot.
    std::optional<std::string> not_offered;
    /// Templates that are not valid Mustache: "subject: message".
    std::vector<std::string> errors;
    /// Texts that would fill in past the limits of template_fill.h (nothing
    /// is written then): "template: message".
    std::vector<std::string> too_large;
};

/// Markdown: the filled texts exactly as the client gets them (no escaping).
Preview preview_markdown(const PreviewInput& input);

/// A self-contained HTML page; the filled Markdown rendered with cmark and
/// every value escaped.
Preview preview_html(const PreviewInput& input);

}  // namespace reltheme::render
