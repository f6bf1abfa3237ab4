#pragma once
/// `reltheme init`: a new theme that passes `lint`, and optionally a project file.
#include <CLI/CLI.hpp>

namespace reltheme::cli {

void setup_init(CLI::App& app);

}  // namespace reltheme::cli
