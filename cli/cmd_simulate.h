#pragma once
#include <CLI/CLI.hpp>

namespace reltheme::cli {

/// `reltheme simulate`: scripted scenarios, coverage, Monte Carlo.
void setup_simulate(CLI::App& app);
/// `reltheme analyze`: the model as an absorbing Markov chain.
void setup_analyze(CLI::App& app);
/// `reltheme paths`: routes covering every transition, as scenario skeletons.
void setup_paths(CLI::App& app);

}  // namespace reltheme::cli
