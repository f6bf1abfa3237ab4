#pragma once
/// Source text of one input file and the mapping from byte offsets to the
/// 1-based line and character column positions that diagnostics show.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace reltheme {

/// A 1-based line and column; the column counts Unicode characters, not bytes.
struct Position {
    int line = 0;
    int column = 0;
    friend bool operator==(const Position&, const Position&) = default;
    friend auto operator<=>(const Position&, const Position&) = default;
};

/// A half-open range: `end` is the position just past the last character.
struct Range {
    Position begin;
    Position end;
    bool valid() const { return begin.line > 0; }
    friend bool operator==(const Range&, const Range&) = default;
};

/// Text of a file with an index of its line starts. Lines break at LF, CRLF and
/// a lone CR, as in YAML. A second index, of character counts every few hundred
/// bytes, makes every column computation cost a bounded scan, so a file with
/// many findings on one long line costs time linear in its size.
class SourceText {
  public:
    SourceText() = default;
    SourceText(std::string path, std::string text);

    const std::string& path() const { return m_path; }
    const std::string& text() const { return m_text; }
    int line_count() const { return static_cast<int>(m_line_starts.size()); }

    /// Frees the text and its line table (the path stays). Assigning an empty
    /// SourceText would keep the old buffers: std::string's move assignment
    /// from a short string reuses its own allocation.
    void release_text() {
        std::string().swap(m_text);
        std::vector<std::size_t>().swap(m_line_starts);
        std::vector<std::size_t>().swap(m_line_chars);
        std::vector<Mark>().swap(m_marks);
    }

    /// Position of a byte offset (clamped to the text).
    Position position_at(std::size_t offset) const;
    /// Byte offset of a position (clamped); inverse of position_at.
    std::size_t offset_of(Position pos) const;
    /// The text of a 1-based line without its line break.
    std::string_view line(int line) const;
    /// Characters of a 1-based line without its line break (0 past the end).
    std::size_t line_length(int line) const;
    /// Byte offset in line(line) of its n-th character (0-based), clamped to
    /// the line's size: utf8_offset_of_char(line(line), n) without the scan
    /// from the line's start.
    std::size_t line_offset_of_char(int line, std::size_t n) const;

  private:
    /// A character boundary and the characters before it.
    struct Mark {
        std::size_t offset;
        std::size_t chars;
    };
    /// Characters from `start`, a line start, to `offset` on the same line.
    std::size_t chars_between(std::size_t line_index, std::size_t offset) const;

    std::string m_path;
    std::string m_text;
    std::vector<std::size_t> m_line_starts;
    std::vector<std::size_t> m_line_chars;  ///< characters before each line start
    std::vector<Mark> m_marks;              ///< a boundary at least every k_mark_bytes
};

}  // namespace reltheme
