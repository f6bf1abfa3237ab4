#pragma once
/// `reltheme rules`, `reltheme explain RULE` and `reltheme schema`.
#include <CLI/CLI.hpp>

namespace reltheme::cli {

void setup_rules(CLI::App& app);
void setup_explain(CLI::App& app);
void setup_schema(CLI::App& app);

}  // namespace reltheme::cli
