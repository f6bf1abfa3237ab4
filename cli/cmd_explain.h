#pragma once
/// `reltheme explain RULE`: the documentation page of a rule.
#include <string>

#include <CLI/CLI.hpp>

namespace reltheme::cli {

struct ExplainOptions {
    std::string id;
};

void setup_explain(CLI::App& app);
int run_explain(const ExplainOptions& opts);

}  // namespace reltheme::cli
