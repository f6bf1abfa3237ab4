#pragma once
/// `reltheme rules`: every rule, change kind and simulation violation.
#include <string>

#include <CLI/CLI.hpp>

namespace reltheme::cli {

struct RulesOptions {
    std::string format = "human";
};

void setup_rules(CLI::App& app);
int run_rules(const RulesOptions& opts);

}  // namespace reltheme::cli
