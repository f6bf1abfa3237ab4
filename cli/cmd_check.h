#pragma once
/// `reltheme validate` and `reltheme lint`: one engine, lint adds the style rules.
#include <CLI/CLI.hpp>

namespace reltheme::cli {

void setup_validate(CLI::App& app);
void setup_lint(CLI::App& app);

}  // namespace reltheme::cli
