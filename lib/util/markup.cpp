#include "util/markup.h"

namespace reltheme {

std::string markup_escape(std::string_view text, bool tab) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            case '\t':
                out += tab ? "&#9;" : "\t";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string markdown_escape(std::string_view text, bool line_start) {
    static constexpr std::string_view k_markup = "\\`*_[]<>|&!#~";
    // At the start of a line a leading "-", "+", "=" or "12." / "12)" would
    // start a list or underline a heading: that marker gets a backslash too.
    std::size_t marker = std::string::npos;
    if (line_start) {
        std::size_t digits = 0;
        while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
        if (!text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '=')) {
            marker = 0;
        } else if (digits > 0 && digits < text.size() &&
                   (text[digits] == '.' || text[digits] == ')')) {
            marker = digits;
        }
    }
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        if (i == marker || k_markup.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

}  // namespace reltheme
