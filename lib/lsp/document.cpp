#include "lsp/document.h"

#include <algorithm>

#include "util/utf8.h"

namespace reltheme::lsp {
namespace {

/// Code units of the character of `bytes` UTF-8 bytes (an invalid byte is a
/// character of one byte, one unit in every encoding).
long long units(std::size_t bytes, PositionEncoding encoding) {
    switch (encoding) {
        case PositionEncoding::Utf8:
            return static_cast<long long>(bytes);
        case PositionEncoding::Utf16:
            return bytes == 4 ? 2 : 1;
        case PositionEncoding::Utf32:
            return 1;
    }
    return 1;
}

bool non_negative_integer(const Json& j) {
    return j.is_number_unsigned() || (j.is_number_integer() && j.get<long long>() >= 0);
}

}  // namespace

const char* to_string(PositionEncoding encoding) {
    switch (encoding) {
        case PositionEncoding::Utf8:
            return "utf-8";
        case PositionEncoding::Utf16:
            return "utf-16";
        case PositionEncoding::Utf32:
            return "utf-32";
    }
    return "utf-16";
}

PositionEncoding choose_encoding(const Json& offered) {
    if (!offered.is_array()) return PositionEncoding::Utf16;
    const auto has = [&](const char* name) {
        return std::find(offered.begin(), offered.end(), Json(name)) != offered.end();
    };
    if (has("utf-8")) return PositionEncoding::Utf8;
    if (has("utf-32")) return PositionEncoding::Utf32;
    return PositionEncoding::Utf16;
}

Json to_json(const TextPosition& p) {
    return Json{{"line", p.line}, {"character", p.character}};
}

Json to_json(const TextRange& r) {
    return Json{{"start", to_json(r.start)}, {"end", to_json(r.end)}};
}

bool from_json(const Json& j, TextPosition& p) {
    if (!j.is_object()) return false;
    const auto line = j.find("line");
    const auto character = j.find("character");
    if (line == j.end() || character == j.end()) return false;
    if (!non_negative_integer(*line) || !non_negative_integer(*character)) return false;
    // Unsigned values past long long's range read as the largest: past the end.
    const auto read = [](const Json& v) {
        if (v.is_number_unsigned() && v.get<unsigned long long>() > 0x7fffffffffffffffULL)
            return 0x7fffffffffffffffLL;
        return v.get<long long>();
    };
    p.line = read(*line);
    p.character = read(*character);
    return true;
}

bool from_json(const Json& j, TextRange& r) {
    if (!j.is_object() || !j.contains("start") || !j.contains("end")) return false;
    return from_json(j["start"], r.start) && from_json(j["end"], r.end);
}

TextDocument::TextDocument(std::string uri, long long version, std::string text)
    : m_uri(std::move(uri)), m_version(version), m_text(std::move(text)) {
    index_lines();
}

void TextDocument::index_lines() {
    m_line_starts.assign(1, 0);
    for (std::size_t i = 0; i < m_text.size(); ++i) {
        const char c = m_text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= m_text.size() || m_text[i + 1] != '\n'))) {
            m_line_starts.push_back(i + 1);
        }
    }
}

std::size_t TextDocument::line_end(std::size_t line) const {
    std::size_t end = line + 1 < m_line_starts.size() ? m_line_starts[line + 1] : m_text.size();
    if (end > m_line_starts[line] && line + 1 < m_line_starts.size()) {
        --end;  // the LF or the lone CR
        if (end > m_line_starts[line] && m_text[end] == '\n' && m_text[end - 1] == '\r') --end;
    }
    return end;
}

std::string_view TextDocument::line(std::size_t line) const {
    if (line >= m_line_starts.size()) return {};
    const std::size_t start = m_line_starts[line];
    return std::string_view(m_text).substr(start, line_end(line) - start);
}

std::size_t TextDocument::offset_of(TextPosition p, PositionEncoding encoding) const {
    if (p.line < 0) return 0;
    if (static_cast<unsigned long long>(p.line) >= m_line_starts.size()) return m_text.size();
    const auto line = static_cast<std::size_t>(p.line);
    std::size_t at = m_line_starts[line];
    const std::size_t end = line_end(line);
    long long left = p.character;
    while (at < end && left > 0) {
        const std::size_t size = utf8_char_size(m_text, at);
        const long long n = units(size, encoding);
        if (n > left) break;  // inside this character: its start
        left -= n;
        at += size;
    }
    return at;
}

TextPosition TextDocument::position_of(std::size_t offset, PositionEncoding encoding) const {
    offset = std::min(offset, m_text.size());
    const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
    const auto line = static_cast<std::size_t>(it - m_line_starts.begin() - 1);
    // An offset inside a line break belongs to the end of its line.
    const std::size_t target = std::min(offset, line_end(line));
    TextPosition p{static_cast<long long>(line), 0};
    std::size_t at = m_line_starts[line];
    while (at < target) {
        const std::size_t size = utf8_char_size(m_text, at);
        if (at + size > target) break;  // inside a character: its start
        p.character += units(size, encoding);
        at += size;
    }
    return p;
}

void TextDocument::replace(std::size_t begin, std::size_t end, std::string_view text,
                           long long version) {
    begin = std::min(begin, m_text.size());
    end = std::min(end, m_text.size());
    if (begin > end) std::swap(begin, end);
    m_text.replace(begin, end - begin, text);
    m_version = version;
    index_lines();
}

TextDocument& DocumentStore::open(const std::string& uri, long long version, std::string text) {
    auto& doc = m_documents[uri];
    doc = TextDocument(uri, version, std::move(text));
    return doc;
}

bool DocumentStore::change(const std::string& uri, long long version, const Json& changes,
                           PositionEncoding encoding) {
    const auto it = m_documents.find(uri);
    if (it == m_documents.end() || !changes.is_array()) return false;
    // Checked first, applied to a copy: a malformed change leaves the
    // document as it was rather than half changed.
    TextDocument doc = it->second;
    for (const Json& change : changes) {
        if (!change.is_object()) return false;
        const auto text = change.find("text");
        if (text == change.end() || !text->is_string()) return false;
        const auto& replacement = text->get_ref<const std::string&>();
        const auto range = change.find("range");
        if (range == change.end()) {
            doc.replace(0, doc.text().size(), replacement, version);
            continue;
        }
        TextRange r;
        if (!from_json(*range, r)) return false;
        doc.replace(doc.offset_of(r.start, encoding), doc.offset_of(r.end, encoding), replacement,
                    version);
    }
    doc.set_version(version);
    it->second = std::move(doc);
    return true;
}

void DocumentStore::close(const std::string& uri) {
    m_documents.erase(uri);
}

const TextDocument* DocumentStore::find(const std::string& uri) const {
    const auto it = m_documents.find(uri);
    return it == m_documents.end() ? nullptr : &it->second;
}

}  // namespace reltheme::lsp
