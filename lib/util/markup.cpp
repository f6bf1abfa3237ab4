#include "util/markup.h"

#include <fmt/format.h>

#include <cctype>

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

std::string markdown_inert(std::string_view text) {
    constexpr std::string_view k_break = "&#8203;";
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    auto word = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    };
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        out += c;
        if (c == '@') {
            out += k_break;
        } else if (c == ':' && text.substr(i + 1, 2) == "//") {
            out += k_break;
        } else if (lower(c) == 'w' && i >= 2 && lower(text[i - 1]) == 'w' &&
                   lower(text[i - 2]) == 'w' && (i < 3 || !word(text[i - 3])) &&
                   i + 1 < text.size() && text[i + 1] == '.') {
            out += k_break;
        }
    }
    return out;
}

std::string yaml_scalar(std::string_view text) {
    // Plain when nothing in it could read as YAML syntax or another type.
    static constexpr std::string_view k_special = ":#'\"\\[]{},&*!|>%@`";
    static constexpr std::string_view k_typed[] = {"true", "false", "yes",  "no",    "on",  "off",
                                                   "null", "~",     "True", "False", "Null"};
    bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ' &&
                 text.front() != '-' && text.front() != '?';
    for (const char c : text) {
        if (k_special.find(c) != std::string_view::npos || static_cast<unsigned char>(c) < 0x20) {
            plain = false;
        }
    }
    for (const auto t : k_typed) plain = plain && text != t;
    if (plain && (std::isdigit(static_cast<unsigned char>(text.front())) || text.front() == '.' ||
                  text.front() == '+')) {
        plain = false;
    }
    return plain ? std::string(text) : yaml_quote(text);
}

namespace {

/// `text` in double quotes, `"` and `\` escaped, each other control
/// character (and DEL) written by `control`.
template <class Control>
std::string double_quoted(std::string_view text, Control control) {
    std::string out = "\"";
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (b < 0x20 || b == 0x7F) {
            out += control(b);
        } else {
            out += c;
        }
    }
    return out + "\"";
}

}  // namespace

std::string yaml_quote(std::string_view text) {
    return double_quoted(text, [](unsigned char b) -> std::string {
        if (b == '\n') return "\\n";
        if (b == '\t') return "\\t";
        return fmt::format("\\x{:02x}", b);
    });
}

std::string json_quote(std::string_view text) {
    return double_quoted(text, [](unsigned char b) { return fmt::format("\\u{:04x}", b); });
}

}  // namespace reltheme
