#pragma once
/// Filling Mustache templates (`{{client.name}}`, `{{#fields.discount}}`)
/// with a deal's values, through kainjow's Mustache library, with Mustache's
/// own section semantics (`docs/render.md`, "Document previews").
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "util/source.h"

namespace reltheme::render {

/// A value a template is filled with, as a deal file writes it: a text, a
/// yes/no, a list or a mapping of named values.
struct TemplateValue {
    enum class Kind { Text, Bool, List, Map };
    Kind kind = Kind::Map;
    std::string text;                    ///< Text; Bool: as written (`true`, `false`)
    bool flag = false;                   ///< Bool
    std::vector<TemplateValue> items;    ///< List
    std::vector<std::string> keys;       ///< Map: the names of the members
    std::vector<TemplateValue> members;  ///< Map: the members, in the order of `keys`

    static TemplateValue of_text(std::string text);
    static TemplateValue of_bool(bool flag, std::string written);

    /// The value at a dotted name (`client.name`), or nullptr.
    const TemplateValue* find(std::string_view dotted) const;
    /// Puts `value` at a dotted name, making mappings on the way; a name
    /// under a value that is not a mapping, or one already set, is left alone.
    void set(std::string_view dotted, TemplateValue value);
};

/// How a value is written into the text.
enum class ValueEscape {
    None,      ///< as is (Markdown sent to a client, previews in Markdown)
    Markdown,  ///< backslash before Markdown punctuation, for text cmark renders next
};

struct FilledTemplate {
    std::string text;
    /// Variables without a value that the text shows, in order of first use.
    std::vector<std::string> missing;
    /// Sections (`#name` or `^name`) whose value is missing, so read as false.
    std::vector<std::string> missing_sections;
    /// Set when the template is not valid Mustache, or would fill in to more
    /// than max_filled_bytes or k_max_fill_steps (then `text` is the input).
    std::string error;
    /// The error is the size or work limit, not the template's syntax.
    bool too_large = false;
};

/// The most bytes one filled text may have: the largest file reltheme reads
/// (16 MiB for a template, or RELTHEME_MAX_FILE_BYTES when that is larger).
std::size_t max_filled_bytes();

/// A text of the theme whose placeholders would fill in past the limits:
/// thrown by the handbook, where there is no report to add it to. `where` is
/// the text's place in the theme file.
struct FilledTooLarge : std::runtime_error {
    FilledTooLarge(const std::string& message, Range at) : std::runtime_error(message), where(at) {}
    Range where;
};

/// The most tags one filling may visit (a section over a list visits its
/// contents once per item).
inline constexpr std::uint64_t k_max_fill_steps = 16'000'000;

/// A name a template uses, and how.
struct TemplateName {
    std::string name;
    bool variable = false;  ///< as {{name}}, {{{name}}} or {{&name}}
    char section = '\0';    ///< '#' or '^' of its first use as a section
};

/// The names of the variables and sections a template uses, in order of
/// first use (comments, partials and section ends left out).
std::vector<TemplateName> template_names(std::string_view text);

/// Fills the template. Sections follow Mustache: a missing value, an empty
/// text, `false` and an empty list are false (`{{#x}}` left out, `{{^x}}`
/// shown); a list repeats its section per item. A list written as a variable
/// shows its items joined with commas, a yes/no as written. A variable without
/// a value is listed in `missing` and, when `keep_missing`, stays in the text
/// as its tag (`{{deal.deadline}}`) so that a reader sees what is not filled
/// in; otherwise it renders empty.
FilledTemplate fill_template(std::string_view text, const TemplateValue& values, ValueEscape escape,
                             bool keep_missing);

}  // namespace reltheme::render
