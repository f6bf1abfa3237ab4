#include "check/references.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

#include "util/markup.h"
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
    } else {
        written = first == '"' ? yaml_quote(text) : yaml_scalar(text);
    }
    return Fix{range, std::move(written), safe};
}

}  // namespace reltheme
