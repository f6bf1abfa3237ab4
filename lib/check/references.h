#pragma once
/// Helpers shared by the reference rules: fixes that replace an id while
/// keeping how it was quoted (their suggestions: util/spelling.h Suggester).
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "util/diagnostic.h"
#include "util/file.h"  // display_path
#include "util/source.h"
#include "util/spelling.h"

namespace reltheme {

/// A fix that replaces the scalar written at `range` by `replacement`,
/// keeping the quotes it was written with (an unsafe fix: a did-you-mean).
Fix replace_scalar(const SourceText& source, const Range& range, std::string_view replacement);

/// A fix that writes `text` as the value of the scalar at `range`: in the
/// quotes it was written with (escaped as they need), or in double quotes
/// when it was plain and `text` cannot be plain. None for a block scalar
/// (`|`, `>`), which spans lines.
std::optional<Fix> rewrite_scalar(const SourceText& source, const Range& range,
                                  std::string_view text, bool safe);

}  // namespace reltheme
