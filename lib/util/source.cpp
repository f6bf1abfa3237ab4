#include "util/source.h"

#include <algorithm>

#include "util/utf8.h"

namespace reltheme {

SourceText::SourceText(std::string path, std::string text)
    : m_path(std::move(path)), m_text(std::move(text)) {
    m_line_starts.push_back(0);
    for (std::size_t i = 0; i < m_text.size(); ++i) {
        const char c = m_text[i];
        if (c == '\r' && i + 1 < m_text.size() && m_text[i + 1] == '\n') continue;
        if (c == '\n' || c == '\r') m_line_starts.push_back(i + 1);
    }
}

Position SourceText::position_at(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const auto line_index = static_cast<std::size_t>(it - m_line_starts.begin()) - 1;
    const std::size_t start = m_line_starts[line_index];
    const auto prefix = std::string_view(m_text).substr(start, offset - start);
    return Position{static_cast<int>(line_index) + 1, static_cast<int>(utf8_length(prefix)) + 1};
}

std::size_t SourceText::offset_of(Position pos) const {
    if (pos.line < 1) return 0;
    if (pos.line > line_count()) return m_text.size();
    const std::size_t start = m_line_starts[static_cast<std::size_t>(pos.line - 1)];
    const std::string_view rest = line(pos.line);
    return start + utf8_offset_of_char(rest, static_cast<std::size_t>(std::max(pos.column, 1) - 1));
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

}  // namespace reltheme
