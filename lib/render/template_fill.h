#pragma once
/// Filling Mustache placeholders (`{{client.name}}`, `{{fields.carrier}}`)
/// with values, through kainjow's Mustache library.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace reltheme::render {

/// Values by dotted name: "client.name" -> "ООО «Ромашка»".
using TemplateValues = std::map<std::string, std::string>;

/// How a value is written into the text.
enum class ValueEscape {
    None,      ///< as is (Markdown sent to a client, previews in Markdown)
    Markdown,  ///< backslash before Markdown punctuation, for text cmark renders next
};

struct FilledTemplate {
    std::string text;
    /// Names the template uses that `values` lacks, in order of first use.
    std::vector<std::string> missing;
    /// Set when the template is not valid Mustache (then `text` is the input).
    std::string error;
};

/// The names of the variables and sections a template uses, in order of
/// first use (comments, partials and section ends left out).
std::vector<std::string> template_names(std::string_view text);

/// Fills the template. A name without a value is listed in `missing` and,
/// when `keep_missing`, stays in the text as its tag (`{{deal.deadline}}`) so
/// that a reader sees what is not filled in; otherwise it renders empty.
FilledTemplate fill_template(std::string_view text, const TemplateValues& values,
                             ValueEscape escape, bool keep_missing);

}  // namespace reltheme::render
