#pragma once
/// `reltheme analyze`: the model as an absorbing Markov chain.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common.h"

namespace reltheme::cli {

struct AnalyzeOptions {
    std::vector<std::string> inputs;
    std::string model;
    OutputOptions output;
    std::string config;
};

void setup_analyze(CLI::App& app);
int run_analyze(const AnalyzeOptions& opts);

}  // namespace reltheme::cli
