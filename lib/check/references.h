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
/// keeping the quotes it was written with.
Fix replace_scalar(const SourceText& source, const Range& range, std::string_view replacement);

}  // namespace reltheme
