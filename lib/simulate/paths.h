#pragma once
/// `reltheme paths`: a small set of routes through a theme that together
/// take every transition and record every outcome, written as a scenario
/// file (valid, and passing as written) to start from.
#include <optional>
#include <string>

#include "model/theme.h"
#include "util/duration.h"

namespace reltheme {

/// The scenario text. `theme_ref` is written as the scenario's `theme:`.
/// Null, with `error` set, when the routes would be too long to be of use
/// (more than 200,000 moves in all).
std::optional<std::string> paths_scenario(const Theme& theme, const std::string& theme_ref,
                                          Minutes start, std::string& error);

}  // namespace reltheme
