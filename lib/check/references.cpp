#include "check/references.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

#include "util/spelling.h"
#include "util/utf8.h"

namespace reltheme {

Fix replace_scalar(const SourceText& source, const Range& range, std::string_view replacement) {
    const std::size_t at = source.offset_of(range.begin);
    const char quote = at < source.text().size() ? source.text()[at] : '\0';
    if (quote == '"' || quote == '\'')
        return Fix{range, fmt::format("{0}{1}{0}", quote, replacement)};
    return Fix{range, std::string(replacement)};
}

namespace {

/// Whether `text` reads back as itself when written as a plain scalar in a
/// block mapping's value: no indicator at its start, no `: ` or ` #` inside,
/// no space at either end, and not a word YAML reads as another type.
bool plain_safe(std::string_view text) {
    if (text.empty() || text.front() == ' ' || text.back() == ' ') return false;
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos)
        return false;
    if (text.find(": ") != text.npos || text.find(" #") != text.npos || text.back() == ':')
        return false;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20) return false;
    }
    static constexpr std::string_view k_typed[] = {"true", "false", "null", "~",     "yes", "no",
                                                   "on",   "off",   "True", "False", "Null"};
    for (const auto word : k_typed) {
        if (text == word) return false;
    }
    return !(std::isdigit(static_cast<unsigned char>(text.front())) ||
             ((text.front() == '.' || text.front() == '+') && text.size() > 1));
}

}  // namespace

std::optional<Fix> rewrite_scalar(const SourceText& source, const Range& range,
                                  std::string_view text, bool safe) {
    const std::size_t at = source.offset_of(range.begin);
    const char first = at < source.text().size() ? source.text()[at] : '\0';
    if (first == '|' || first == '>' || range.begin.line != range.end.line) return std::nullopt;
    std::string written;
    if (first == '\'') {
        written = "'";
        for (const char c : text) written += c == '\'' ? std::string("''") : std::string(1, c);
        written += "'";
    } else if (first == '"' || !plain_safe(text)) {
        written = "\"";
        for (const char c : text) {
            if (c == '"' || c == '\\') written += '\\';
            written += c;
        }
        written += "\"";
    } else {
        written = std::string(text);
    }
    return Fix{range, std::move(written), safe};
}

}  // namespace reltheme
