#pragma once
/// `reltheme simulate`: scripted scenarios, coverage, Monte Carlo, forecast.
#include <cstdint>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common.h"

namespace reltheme::cli {

struct SimulateOptions {
    std::vector<std::string> inputs;
    std::string coverage;
    std::string model;
    std::uint64_t deals = 100000;
    std::uint64_t seed = 1;
    int jobs = 0;
    std::string pipeline;
    std::string horizon = "30d";
    std::string today;
    std::uint64_t runs = 10000;
    OutputOptions output;
    std::string config;
    bool no_ignore = false;
};

void setup_simulate(CLI::App& app);
int run_simulate(const SimulateOptions& opts);

}  // namespace reltheme::cli
