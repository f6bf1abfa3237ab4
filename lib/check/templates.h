#pragma once
/// Mustache texts of a theme: parsing them with the kainjow Mustache library,
/// the placeholders a theme may use, and where an inline text's tag sits in
/// the theme file. Shared by `unknown-placeholder` and `template-syntax`.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "check/context.h"
#include "check/references.h"
#include "i18n/messages.h"
#include "model/theme.h"
#include "semantics/placeholders.h"
#include "util/source.h"

namespace reltheme {

enum class TagKind {
    Variable,         ///< {{x}}, {{{x}}}, {{&x}}
    Section,          ///< {{#x}}
    InvertedSection,  ///< {{^x}}
    Partial,          ///< {{>x}}
};

/// A tag that names something, with its byte offset and length in the text.
struct TemplateTag {
    TagKind kind = TagKind::Variable;
    std::string name;
    std::size_t offset = 0;
    std::size_t length = 0;
    bool in_section = false;  ///< inside {{#..}} or {{^..}}, where {{.}} has a meaning
};

struct TemplateSyntaxError {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string message;
};

struct TemplateScan {
    std::vector<TemplateTag> tags;  ///< those before a syntax error, when there is one
    std::optional<TemplateSyntaxError> error;
};

/// Parses a text as Mustache (the library's parser, which keeps positions).
TemplateScan scan_template(const std::string& text);

/// The placeholders of one theme in one context (`semantics/placeholders`).
class Placeholders {
  public:
    Placeholders(const Theme& theme, const PlaceholderContext& where);

    /// Why a tag does not name a known placeholder (the message of an
    /// `unknown-placeholder` finding), or nullopt when it does. `suggestion`
    /// receives the placeholder it was probably meant to be.
    /// `where` is put after the tag's name: " in the email subject of ...".
    std::optional<std::string> problem(const TemplateTag& tag, std::string_view where,
                                       Suggester& suggester,
                                       std::optional<std::string>& suggestion) const;

  private:
    std::vector<std::string> m_names;
    std::vector<std::string> m_field_ids;
    bool m_stage_known = false;            ///< whether stage placeholders mean something here
    const Document* m_document = nullptr;  ///< the document whose text it is, if any
    std::string m_list;                    ///< the placeholders, as a message lists them
};

/// Inline texts that are templates: the theme's `instruction`, each stage's
/// `instruction`, each document's email `subject`.
struct InlineText {
    const Located<std::string>* text = nullptr;
    i18n::Subject what;  ///< `instruction of stage "intro"`
    PlaceholderContext context;
};
std::vector<InlineText> inline_texts(const Theme& theme);

/// Positions of increasing byte offsets of one text, computed from the
/// previous one: many findings on one very long line cost linear time, where
/// SourceText::position_at counts the line from its start each time.
class PositionCursor {
  public:
    explicit PositionCursor(const SourceText& text) : m_text(text) {}
    Position at(std::size_t offset);

  private:
    const SourceText& m_text;
    std::size_t m_offset = 0;
    Position m_position{1, 1};
};

/// Maps bytes of a scalar's value back to where they were written in the
/// theme file. The written form of each tag is searched in the scalar's source,
/// after the previous tag found, so plain, quoted and block scalars all map
/// exactly as long as the tag itself holds no escape sequence or line break
/// (then nullopt, and the caller points at the scalar's start). Tags must be
/// asked for in the order they appear; the whole text costs linear time.
class ScalarLocator {
  public:
    ScalarLocator(const SourceText& source, const Range& scalar, const std::string& value);
    std::optional<Range> locate(std::size_t offset, std::size_t length);

  private:
    /// After this many tags that cannot be found, stop searching: each miss
    /// scans to the end of the scalar.
    static constexpr int k_max_misses = 16;
    const SourceText& m_source;
    PositionCursor m_positions;
    const std::string& m_value;
    std::size_t m_from = 0;
    std::size_t m_to = 0;
    std::size_t m_cursor = 0;     ///< source offset after the last tag found
    std::size_t m_value_end = 0;  ///< value offset after the last tag asked for
    int m_misses = 0;
    bool m_valid = false;
};

/// One-shot form of ScalarLocator.
std::optional<Range> locate_in_scalar(const SourceText& source, const Range& scalar,
                                      const std::string& value, std::size_t offset,
                                      std::size_t length);

/// The range of bytes [offset, offset + length) of a whole file's text.
Range range_in_text(const SourceText& text, std::size_t offset, std::size_t length);

/// One text of a theme that is a Mustache template.
struct TemplateText {
    const std::string& text;
    i18n::Subject what;
    PlaceholderContext context;
    /// Inline text: the scalar it was written as in the theme file, and the
    /// locator of its tags.
    const Located<std::string>* scalar = nullptr;
    ScalarLocator* locator = nullptr;
    /// Template file: its text under the path a user reads, and the theme's
    /// key that names it.
    const SourceText* file = nullptr;
    const Located<std::string>* reference = nullptr;
    PositionCursor* file_positions = nullptr;
};

/// Calls `visit` for every template text of a theme: the inline texts, then
/// each file it names (templates, email bodies, the instruction file) that
/// resolves inside the repository and reads as UTF-8 text, each file once.
void for_each_template(const ThemeContext& ctx,
                       const std::function<void(const TemplateText&)>& visit);

/// A finding at bytes [offset, offset + length) of a template text: in the
/// template file itself (with a note at the theme's reference), or in the
/// theme file for inline text (at the scalar's start when the tag cannot be
/// mapped exactly). `exact` tells whether the range is the bytes themselves.
/// Ask in the order of the text.
Diagnostic template_diagnostic(const ThemeContext& ctx, const TemplateText& t, std::size_t offset,
                               std::size_t length, bool& exact);

}  // namespace reltheme
