#pragma once
/// A unified diff of two texts, line by line (`diff -u`, `git diff`): what
/// `lint --fix --diff` prints. Myers' algorithm on the lines between the
/// common start and end; past a bound of edits the middle becomes one hunk,
/// still a valid diff, so that the work stays bounded.
#include <string>
#include <string_view>

namespace reltheme {

/// The unified diff from `before` to `after` with 3 lines of context, headed
/// `--- a/PATH` and `+++ b/PATH`; empty when the texts are equal. A text that
/// does not end with a line break gets `\ No newline at end of file`.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

}  // namespace reltheme
