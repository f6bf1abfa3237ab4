#pragma once
/// `reltheme lint`: `validate` with every rule, style included.
#include <CLI/CLI.hpp>

#include "cmd_validate.h"

namespace reltheme::cli {

using LintOptions = CheckCommandOptions;

void setup_lint(CLI::App& app);
int run_lint(const LintOptions& opts);

}  // namespace reltheme::cli
