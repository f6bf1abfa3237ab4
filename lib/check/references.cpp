#include "check/references.h"

#include <algorithm>
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

}  // namespace reltheme
