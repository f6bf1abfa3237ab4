#include "util/source.h"

#include <algorithm>

#include "util/utf8.h"

namespace reltheme {
namespace {

/// Bytes between two marks of the character index: a column costs a scan of at
/// most this many bytes and a binary search.
constexpr std::size_t k_mark_bytes = 256;

}  // namespace

SourceText::SourceText(std::string path, std::string text)
    : m_path(std::move(path)), m_text(std::move(text)) {
    // One pass counts characters as utf8_length does. A line break is a
    // character of its own and never part of a longer sequence (continuation
    // bytes are 0x80..0xBF), so counts from a line start agree with it.
    m_line_starts.push_back(0);
    m_line_chars.push_back(0);
    m_marks.push_back({0, 0});
    std::size_t chars = 0;
    for (std::size_t i = 0; i < m_text.size(); ++chars) {
        if (i >= m_marks.back().offset + k_mark_bytes) m_marks.push_back({i, chars});
        const char c = m_text[i];
        const bool crlf = c == '\r' && i + 1 < m_text.size() && m_text[i + 1] == '\n';
        i += utf8_char_size(m_text, i);
        if ((c == '\n' || c == '\r') && !crlf) {
            m_line_starts.push_back(i);
            m_line_chars.push_back(chars + 1);
        }
    }
}

std::size_t SourceText::chars_between(std::size_t line_index, std::size_t offset) const {
    const std::size_t start = m_line_starts[line_index];
    // The last mark at or before the offset; past the line start it saves the
    // scan up to it.
    const auto it = std::upper_bound(m_marks.begin(), m_marks.end(), offset,
                                     [](std::size_t o, const Mark& m) { return o < m.offset; });
    const Mark& mark = *(it - 1);
    std::size_t from = start;
    std::size_t base = 0;
    if (mark.offset > start) {
        from = mark.offset;
        base = mark.chars - m_line_chars[line_index];
    }
    return base + utf8_length(std::string_view(m_text).substr(from, offset - from));
}

Position SourceText::position_at(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const auto line_index = static_cast<std::size_t>(it - m_line_starts.begin()) - 1;
    return Position{static_cast<int>(line_index) + 1,
                    static_cast<int>(chars_between(line_index, offset)) + 1};
}

std::size_t SourceText::offset_of(Position pos) const {
    if (pos.line < 1) return 0;
    if (pos.line > line_count()) return m_text.size();
    const std::size_t start = m_line_starts[static_cast<std::size_t>(pos.line - 1)];
    return start +
           line_offset_of_char(pos.line, static_cast<std::size_t>(std::max(pos.column, 1) - 1));
}

std::string_view SourceText::line(int line) const {
    if (line < 1 || line > line_count()) return {};
    const std::size_t start = m_line_starts[static_cast<std::size_t>(line - 1)];
    std::size_t end = static_cast<std::size_t>(line) < m_line_starts.size()
                          ? m_line_starts[static_cast<std::size_t>(line)]
                          : m_text.size();
    while (end > start && (m_text[end - 1] == '\n' || m_text[end - 1] == '\r')) --end;
    return std::string_view(m_text).substr(start, end - start);
}

std::size_t SourceText::line_length(int line) const {
    if (line < 1 || line > line_count()) return 0;
    const auto index = static_cast<std::size_t>(line - 1);
    return chars_between(index, m_line_starts[index] + this->line(line).size());
}

std::size_t SourceText::line_offset_of_char(int line, std::size_t n) const {
    if (line < 1 || line > line_count()) return 0;
    const auto index = static_cast<std::size_t>(line - 1);
    const std::string_view text = this->line(line);
    if (n >= line_length(line)) return text.size();
    // The last mark at or before the character, when it lies on this line.
    const std::size_t start = m_line_starts[index];
    const std::size_t target = m_line_chars[index] + n;
    const auto it = std::upper_bound(m_marks.begin(), m_marks.end(), target,
                                     [](std::size_t c, const Mark& m) { return c < m.chars; });
    const Mark& mark = *(it - 1);
    std::size_t from = 0;
    std::size_t left = n;
    if (mark.offset > start) {
        from = mark.offset - start;
        left = target - mark.chars;
    }
    return from + utf8_offset_of_char(text.substr(from), left);
}

}  // namespace reltheme
