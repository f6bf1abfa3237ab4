#pragma once
/// `reltheme diff`: semantic diff and breaking-change detection between two
/// files or folders, or the working tree and git revisions.
#include <CLI/CLI.hpp>

namespace reltheme::cli {

void setup_diff(CLI::App& app);

}  // namespace reltheme::cli
