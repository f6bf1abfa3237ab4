#pragma once
/// Path globs as in `reltheme.yaml`: `*` and `?` within one path segment,
/// `**` across segments, `[abc]` character classes.
#include <string_view>

namespace reltheme {

/// True when the `/`-separated relative path matches the glob.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace reltheme
