#pragma once
/// The documents a client has open, as it sent them (didOpen, didChange with
/// full or incremental sync, didClose), and positions in the encoding the
/// client and server agreed on: a line and a character counted in UTF-8
/// bytes, UTF-16 code units or code points (docs/lsp.md).
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lsp/jsonrpc.h"

namespace reltheme::lsp {

/// What `Position.character` counts.
enum class PositionEncoding { Utf8, Utf16, Utf32 };

/// "utf-8", "utf-16", "utf-32", as LSP names them.
const char* to_string(PositionEncoding encoding);

/// The encoding to use from the client's `general.positionEncodings` (null
/// or absent means only UTF-16): UTF-8 when offered, as the text is kept in
/// UTF-8 and needs no counting then; else UTF-32, which counts characters as
/// the findings do; else UTF-16, which every client supports.
PositionEncoding choose_encoding(const Json& offered);

/// LSP's position: a 0-based line and a 0-based character in the encoding.
struct TextPosition {
    long long line = 0;
    long long character = 0;
    friend bool operator==(const TextPosition&, const TextPosition&) = default;
};

struct TextRange {
    TextPosition start;
    TextPosition end;
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

Json to_json(const TextPosition& p);
Json to_json(const TextRange& r);
/// A position from JSON: an object with `line` and `character`, integers of
/// at least 0. False when it is none.
bool from_json(const Json& j, TextPosition& p);
bool from_json(const Json& j, TextRange& r);

/// One open document: its text, kept in UTF-8, and where its lines start
/// (breaks at LF, CRLF and a lone CR, as YAML and LSP read them).
class TextDocument {
  public:
    TextDocument() = default;
    TextDocument(std::string uri, long long version, std::string text);

    const std::string& uri() const { return m_uri; }
    long long version() const { return m_version; }
    const std::string& text() const { return m_text; }
    std::size_t line_count() const { return m_line_starts.size(); }

    /// The byte offset of a position. A line past the last one is the end of
    /// the text; a character past the end of its line is the line's end (LSP
    /// says so); one inside a character (half a surrogate pair, a byte inside
    /// a UTF-8 sequence) is that character's start.
    std::size_t offset_of(TextPosition p, PositionEncoding encoding) const;
    /// The position of a byte offset (clamped to the text; inside a
    /// character, its start).
    TextPosition position_of(std::size_t offset, PositionEncoding encoding) const;
    /// The text of a 0-based line without its line break (empty past the end).
    std::string_view line(std::size_t line) const;

    /// Replaces bytes [begin, end) (clamped, and ordered) and sets the version.
    void replace(std::size_t begin, std::size_t end, std::string_view text, long long version);
    void set_version(long long version) { m_version = version; }

  private:
    void index_lines();
    /// The end of line `line`'s text, before its break.
    std::size_t line_end(std::size_t line) const;

    std::string m_uri;
    long long m_version = 0;
    std::string m_text;
    std::vector<std::size_t> m_line_starts;
};

/// The open documents by URI.
class DocumentStore {
  public:
    /// didOpen: the document, replacing one of the same URI.
    TextDocument& open(const std::string& uri, long long version, std::string text);
    /// didChange: applies `changes` (TextDocumentContentChangeEvent[], each a
    /// whole text or a range and its text) in order. False, leaving the
    /// document as it was, when it is not open or a change is malformed.
    bool change(const std::string& uri, long long version, const Json& changes,
                PositionEncoding encoding);
    void close(const std::string& uri);
    /// The open document, or nullptr.
    const TextDocument* find(const std::string& uri) const;
    const std::map<std::string, TextDocument>& all() const { return m_documents; }

  private:
    std::map<std::string, TextDocument> m_documents;
};

}  // namespace reltheme::lsp
