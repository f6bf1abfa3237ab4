#include "check/templates.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <charconv>
#include <exception>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/theme_files.h"
#include "util/excerpt.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

namespace km = kainjow::mustache;
using Component = km::component<std::string>;

/// Sections nested deeper than this are refused before the library sees them:
/// its tree is recursive (walk, destructor) and keeps each section's text, so
/// a hostile nesting would exhaust the stack or memory.
constexpr std::size_t k_max_section_depth = 100;

std::string_view trim(std::string_view s) {
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

struct Delimiters {
    std::string open = "{{";
    std::string close = "}}";
    bool is_default() const { return open == "{{" && close == "}}"; }
};

/// Length of the tag starting at `at` under the delimiters in force.
std::size_t tag_length(const std::string& text, std::size_t at, const Delimiters& d) {
    std::size_t content = at + d.open.size();
    const bool triple = d.is_default() && content < text.size() && text[content] == '{';
    const std::string& end = triple ? std::string("}}}") : d.close;
    if (triple) ++content;
    const std::size_t stop = text.find(end, content);
    if (stop == std::string::npos) return std::min(d.open.size(), text.size() - at);
    return stop + end.size() - at;
}

/// Applies a `{{=<% %>=}}` tag's content to `d`; false when it is not valid.
bool set_delimiters(std::string_view content, Delimiters& d) {
    if (content.size() < 5 || content.front() != '=' || content.back() != '=') return false;
    const std::string_view inner = trim(content.substr(1, content.size() - 2));
    const std::size_t space = inner.find_first_of(" \t");
    if (space == std::string_view::npos) return false;
    const std::string_view open = inner.substr(0, space);
    const std::string_view close = trim(inner.substr(space));
    if (open.empty() || close.empty() || close.find_first_of(" \t=") != std::string_view::npos ||
        open.find('=') != std::string_view::npos)
        return false;
    d.open = std::string(open);
    d.close = std::string(close);
    return true;
}

/// The deepest section nesting, by a light tokenizer that follows delimiter
/// changes; sets `at` to the tag that first goes past the limit.
bool nesting_too_deep(const std::string& text, std::size_t& at) {
    Delimiters d;
    std::size_t depth = 0;
    std::size_t pos = 0;
    while (true) {
        const std::size_t begin = text.find(d.open, pos);
        if (begin == std::string::npos) return false;
        const std::size_t len = tag_length(text, begin, d);
        if (len <= d.open.size()) return false;  // unclosed: the parser reports it
        const std::string_view raw(text.data() + begin, len);
        const std::string_view content =
            trim(raw.substr(d.open.size(), len - d.open.size() - d.close.size()));
        if (!content.empty()) {
            if (content.front() == '#' || content.front() == '^') {
                if (++depth > k_max_section_depth) {
                    at = begin;
                    return true;
                }
            } else if (content.front() == '/') {
                if (depth > 0) --depth;
            } else if (content.front() == '=') {
                Delimiters next = d;
                if (!set_delimiters(content, next)) return false;
                d = next;
            }
        }
        pos = begin + len;
    }
}

/// Turns the library's "Unclosed tag at 12" into a located message.
TemplateSyntaxError translate_error(const std::string& text, const std::string& error) {
    TemplateSyntaxError e;
    const std::size_t at = error.rfind(" at ");
    std::size_t offset = 0;
    if (at != std::string::npos) {
        const char* first = error.data() + at + 4;
        std::from_chars(first, error.data() + error.size(), offset);
    }
    e.offset = std::min(offset, text.size());
    const std::string what = at == std::string::npos ? error : error.substr(0, at);
    std::string name;
    if (const auto q = what.find('"'); q != std::string::npos && what.back() == '"') {
        name = what.substr(q + 1, what.size() - q - 2);
    }
    e.length = 2;
    if (what.starts_with("Unclosed tag")) {
        e.message = i18n::message("template.unclosed-tag");
    } else if (what.starts_with("Invalid set delimiter")) {
        e.message = i18n::message("template.bad-delimiter");
    } else if (what.starts_with("Unopened section")) {
        e.message = i18n::message("template.unopened-section", fmt::arg("name", excerpt(name)));
    } else if (what.starts_with("Unclosed section")) {
        e.message = i18n::message("template.unclosed-section", fmt::arg("name", excerpt(name)));
    } else {
        e.message = printable(error);
    }
    // Underline the tag when its end is on the same line.
    const std::size_t line_end = text.find_first_of("\r\n", e.offset);
    const std::size_t close = text.find("}}", e.offset);
    if (close != std::string::npos && (line_end == std::string::npos || close < line_end) &&
        !what.starts_with("Unclosed tag")) {
        e.length = close + 2 - e.offset;
    }
    return e;
}

bool starts_line_content(std::string_view line, std::size_t column) {
    for (std::size_t i = 0; i < column && i < line.size(); ++i) {
        if (line[i] != ' ' && line[i] != '-' && line[i] != '\t') return false;
    }
    return true;
}

std::size_t indentation(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    return i;
}

bool blank(std::string_view line) {
    return indentation(line) == line.size();
}

/// Byte range in the source that holds a scalar's text.
std::pair<std::size_t, std::size_t> scalar_extent(const SourceText& source, const Range& scalar) {
    const std::string& text = source.text();
    const std::size_t begin = source.offset_of(scalar.begin);
    const char c = begin < text.size() ? text[begin] : '\0';
    if (c == '"' || c == '\'') return {begin, source.offset_of(scalar.end)};
    const int first_line = scalar.begin.line;
    if (c == '|' || c == '>') {
        // Content lines follow the header; they end before the first
        // non-blank line indented less than the first content line.
        std::size_t content_indent = 0;
        int last = first_line;
        for (int l = first_line + 1; l <= source.line_count(); ++l) {
            const std::string_view line = source.line(l);
            if (blank(line)) continue;
            if (content_indent == 0) content_indent = indentation(line);
            if (indentation(line) < content_indent || content_indent == 0) break;
            last = l;
        }
        return {begin,
                source.offset_of(Position{last, static_cast<int>(source.line(last).size()) + 1})};
    }
    // Plain: continuation lines are indented more than the key that owns it.
    const std::string_view head = source.line(first_line);
    const std::size_t column = begin - source.offset_of(Position{first_line, 1});
    std::size_t owner = indentation(head);
    if (starts_line_content(head, column)) {
        owner = column == 0 ? 0 : column - 1;
    } else {
        // `- key: value`: the key's column.
        std::size_t k = owner;
        while (k + 1 < head.size() && head[k] == '-' && head[k + 1] == ' ') {
            k += 2;
            while (k < head.size() && head[k] == ' ') ++k;
        }
        owner = k;
    }
    int last = first_line;
    for (int l = first_line + 1; l <= source.line_count(); ++l) {
        const std::string_view line = source.line(l);
        if (blank(line)) continue;
        const std::size_t ind = indentation(line);
        if (ind <= owner || line[ind] == '#') break;
        last = l;
    }
    if (last == first_line) return {begin, source.offset_of(scalar.end)};
    return {begin,
            source.offset_of(Position{last, static_cast<int>(source.line(last).size()) + 1})};
}

/// The context of a file a theme names: a document's template or email
/// body, else the theme's instruction file.
PlaceholderContext context_of(const Theme& theme, const Located<std::string>* path) {
    for (const auto& d : theme.documents) {
        const bool body = d.email && d.email->body && &*d.email->body == path;
        if (body || (d.template_path && &*d.template_path == path))
            return {PlaceholderContext::Kind::Document, &d};
    }
    return {PlaceholderContext::Kind::ThemeInstruction};
}

}  // namespace

TemplateScan scan_template(const std::string& text) {
    TemplateScan scan;
    if (text.find("{{") == std::string::npos) return scan;  // no tag can start
    std::size_t deep_at = 0;
    if (nesting_too_deep(text, deep_at)) {
        scan.error = TemplateSyntaxError{
            deep_at, 3, i18n::message("template.too-deep", fmt::arg("depth", k_max_section_depth))};
        return scan;
    }
    Component root;
    std::string error;
    try {
        km::context<std::string> ctx;
        km::context_internal<std::string> internal{ctx};
        km::parser<std::string> parser{text, internal, root, error};
    } catch (const std::exception& e) {
        error = std::string("cannot parse: ") + e.what() + " at 0";
    }
    if (!error.empty()) scan.error = translate_error(text, error);

    // Document order, without recursion; delimiters tracked for tag lengths.
    struct Item {
        const Component* c;
        bool in_section;
    };
    std::vector<Item> stack;
    for (auto it = root.children.rbegin(); it != root.children.rend(); ++it)
        stack.push_back({&*it, false});
    Delimiters delimiters;
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const Component& c = *item.c;
        const km::tag_type type = c.tag.type;
        if (type == km::tag_type::set_delimiter && c.tag.delim_set) {
            delimiters.open = c.tag.delim_set->begin;
            delimiters.close = c.tag.delim_set->end;
        }
        std::optional<TagKind> kind;
        switch (type) {
            case km::tag_type::variable:
            case km::tag_type::unescaped_variable:
                kind = TagKind::Variable;
                break;
            case km::tag_type::section_begin:
                kind = TagKind::Section;
                break;
            case km::tag_type::section_begin_inverted:
                kind = TagKind::InvertedSection;
                break;
            case km::tag_type::partial:
                kind = TagKind::Partial;
                break;
            default:
                break;
        }
        if (kind && c.position != std::string::npos && c.position < text.size()) {
            TemplateTag tag;
            tag.kind = *kind;
            tag.name = c.tag.name;
            tag.offset = c.position;
            // A set-delimiter tag changes the delimiters after itself only.
            tag.length = tag_length(text, c.position, delimiters);
            tag.in_section = item.in_section;
            scan.tags.push_back(std::move(tag));
        }
        const bool inner = item.in_section || c.tag.is_section_begin();
        for (auto it = c.children.rbegin(); it != c.children.rend(); ++it)
            stack.push_back({&*it, inner});
    }
    return scan;
}

Placeholders::Placeholders(const Theme& theme, const PlaceholderContext& where)
    : m_names(placeholders_in(theme, where)),
      m_stage_known(stage_known(theme, where)),
      m_document(where.kind == PlaceholderContext::Kind::Document ? where.document : nullptr) {
    for (const auto& f : theme.fields) m_field_ids.push_back(f.id.value);
    std::string names;
    for (const auto& n : m_names) {
        if (!n.starts_with("fields.")) names += (names.empty() ? "" : ", ") + n;
    }
    m_list = i18n::message("placeholders.list", fmt::arg("names", names));
}

std::optional<std::string> Placeholders::problem(const TemplateTag& tag, std::string_view where,
                                                 Suggester& suggester,
                                                 std::optional<std::string>& suggestion) const {
    suggestion.reset();
    const std::string name = excerpt(tag.name);
    const auto in = fmt::arg("where", where);
    if (tag.kind == TagKind::Partial)
        return i18n::message("template.partial", fmt::arg("name", name), in);
    if (tag.name == ".") {
        if (tag.in_section) return std::nullopt;
        return i18n::message("template.dot", in);
    }
    if (tag.name.empty()) return i18n::message("template.empty-tag", in);
    if (std::find(m_names.begin(), m_names.end(), tag.name) != m_names.end()) return std::nullopt;
    if (!m_stage_known && is_stage_placeholder(tag.name)) {
        const std::string why =
            m_document
                ? i18n::message("no-stage.document", fmt::arg("document", m_document->id.value))
                : i18n::message("no-stage.theme");
        return i18n::message("unknown-placeholder.why", fmt::arg("name", name), in,
                             fmt::arg("why", why));
    }
    suggestion = suggester.suggest(tag.name, m_names);
    // `{{client}}` for `{{client.name}}`: the name of a group of placeholders.
    std::vector<std::string> members;
    for (const auto& n : m_names) {
        if (n.size() > tag.name.size() && n.starts_with(tag.name) && n[tag.name.size()] == '.')
            members.push_back(n);
    }
    if (!suggestion && members.size() == 1) suggestion = members.front();
    std::string message = i18n::message("unknown-placeholder", fmt::arg("name", name), in);
    if (tag.name.starts_with("fields.")) {
        const std::string field = excerpt(tag.name.substr(7));
        message += m_field_ids.empty()
                       ? i18n::message("unknown-placeholder.no-fields")
                       : i18n::message("unknown-placeholder.no-field", fmt::arg("field", field));
    }
    if (suggestion) return message + i18n::did_you_mean(suggestion);
    if (members.size() > 1) {
        std::string list;
        for (const auto& m : members) list += (list.empty() ? "" : ", ") + m;
        return message + i18n::message("unknown-placeholder.one-of", fmt::arg("list", list));
    }
    return message + i18n::message("unknown-placeholder.list", fmt::arg("list", m_list));
}

std::vector<InlineText> inline_texts(const Theme& theme) {
    std::vector<InlineText> out;
    using Kind = PlaceholderContext::Kind;
    if (theme.instruction)
        out.push_back({&*theme.instruction,
                       i18n::subject("subject.theme-instruction"),
                       {Kind::ThemeInstruction}});
    for (const auto& s : theme.stages) {
        if (s.instruction)
            out.push_back({&*s.instruction,
                           i18n::subject("subject.stage-instruction", fmt::arg("id", s.id.value)),
                           {Kind::StageInstruction}});
    }
    for (const auto& d : theme.documents) {
        if (d.email && d.email->subject) {
            out.push_back({&*d.email->subject,
                           i18n::subject("subject.email-subject-of", fmt::arg("id", d.id.value)),
                           {Kind::Document, &d}});
        }
    }
    return out;
}

Position PositionCursor::at(std::size_t offset) {
    const std::string& text = m_text.text();
    offset = std::min(offset, text.size());
    if (offset < m_offset) {
        m_offset = offset;
        m_position = m_text.position_at(offset);
        return m_position;
    }
    const std::string_view between(text.data() + m_offset, offset - m_offset);
    if (between.find_first_of("\r\n") != std::string_view::npos) {
        m_position = m_text.position_at(offset);
    } else {
        m_position.column += static_cast<int>(utf8_length(between));
    }
    m_offset = offset;
    return m_position;
}

ScalarLocator::ScalarLocator(const SourceText& source, const Range& scalar,
                             const std::string& value)
    : m_source(source), m_positions(source), m_value(value), m_valid(scalar.valid()) {
    if (!m_valid) return;
    std::tie(m_from, m_to) = scalar_extent(source, scalar);
    m_to = std::min(m_to, source.text().size());
    m_cursor = m_from;
}

std::optional<Range> ScalarLocator::locate(std::size_t offset, std::size_t length) {
    if (!m_valid || length == 0 || offset + length > m_value.size()) return std::nullopt;
    if (offset < m_value_end) m_cursor = m_from;  // asked out of order: start over
    m_value_end = offset + length;
    if (m_misses >= k_max_misses) return std::nullopt;
    const std::string_view written(m_value.data() + offset, length);
    const std::string_view region(m_source.text().data(), m_to);
    const std::size_t at = region.find(written, m_cursor);
    if (at == std::string_view::npos) {
        ++m_misses;
        return std::nullopt;
    }
    m_cursor = at + length;
    const Position begin = m_positions.at(at);
    return Range{begin, m_positions.at(at + length)};
}

std::optional<Range> locate_in_scalar(const SourceText& source, const Range& scalar,
                                      const std::string& value, std::size_t offset,
                                      std::size_t length) {
    return ScalarLocator(source, scalar, value).locate(offset, length);
}

Range range_in_text(const SourceText& text, std::size_t offset, std::size_t length) {
    return Range{text.position_at(offset),
                 text.position_at(offset + std::max<std::size_t>(length, 1))};
}

void for_each_template(const ThemeContext& ctx,
                       const std::function<void(const TemplateText&)>& visit) {
    for (const auto& t : inline_texts(ctx.theme)) {
        ScalarLocator locator(ctx.source, t.text->range, t.text->value);
        visit(TemplateText{t.text->value, t.what, t.context, t.text, &locator, nullptr, nullptr});
    }
    std::set<std::filesystem::path> seen;
    for (const auto& ref : file_references(ctx.theme)) {
        const ResolvedPath r = resolve_theme_path(ctx.place, ref.path->value);
        if (r.status != PathStatus::Ok) continue;
        if (!seen.insert(r.file).second) continue;
        auto text = ctx.named_text ? ctx.named_text(r.file) : std::nullopt;
        if (!text) text = read_text_file(r.file);
        if (!text) continue;
        const SourceText source(r.display, std::move(*text));
        PositionCursor positions(source);
        visit(TemplateText{source.text(), ref.what, context_of(ctx.theme, ref.path), nullptr,
                           nullptr, &source, ref.path, &positions});
    }
}

Diagnostic template_diagnostic(const ThemeContext& ctx, const TemplateText& t, std::size_t offset,
                               std::size_t length, bool& exact) {
    Diagnostic d;
    if (t.file) {
        d.file = t.file->path();
        const Position begin = t.file_positions->at(offset);
        d.range = Range{begin, t.file_positions->at(offset + std::max<std::size_t>(length, 1))};
        d.notes.push_back({ctx.source.path(), t.reference->range,
                           i18n::message("note.used-as", fmt::arg("what", t.what.nominative))});
        exact = true;
        return d;
    }
    d.file = ctx.source.path();
    const auto at = t.locator->locate(offset, length);
    exact = at.has_value();
    d.range = at ? *at : t.scalar->range;
    return d;
}

}  // namespace reltheme
