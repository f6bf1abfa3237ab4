#include "render/escape.h"

#include "util/markup.h"
#include "util/utf8.h"

namespace reltheme::render {
namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";  // U+FFFD

/// The same text on one line: runs of line breaks and tabs become one space.
std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == '\n' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if (b == '\r') {
                out += '\n';
                i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7F) {
                out += k_replacement;
            } else {
                out += static_cast<char>(b);
            }
            ++i;
            continue;
        }
        // A multi-byte sequence: keep it when valid and not a C1 control.
        const std::string_view rest = text.substr(i);
        const std::size_t next = utf8_offset_of_char(rest, 1);
        const std::string_view seq = rest.substr(0, next);
        const bool valid = !utf8_first_invalid(seq).has_value();
        const bool c1 = seq.size() == 2 && static_cast<unsigned char>(seq[0]) == 0xC2 &&
                        static_cast<unsigned char>(seq[1]) < 0xA0;
        if (valid && !c1) {
            out += seq;
        } else {
            out += k_replacement;
        }
        i += next == 0 ? 1 : next;
    }
    return out;
}

std::string html_escape(std::string_view text) {
    return markup_escape(clean_text(text));
}

std::string markdown_escape(std::string_view text, bool line_start) {
    return reltheme::markdown_escape(one_line(clean_text(text)), line_start);
}

std::string dot_escape(std::string_view text) {
    const std::string line = one_line(clean_text(text));
    std::string out;
    for (const char c : line) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string mermaid_escape(std::string_view text) {
    const std::string line = one_line(clean_text(text));
    std::string out;
    for (const char c : line) {
        switch (c) {
            case '"':
                out += "#quot;";
                break;
            case '#':
                out += "#35;";
                break;
            case '<':
                out += "#lt;";
                break;
            case '>':
                out += "#gt;";
                break;
            case '&':
                out += "#amp;";
                break;
            case '`':
                out += "#96;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace reltheme::render
