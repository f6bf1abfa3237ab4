#pragma once
/// `reltheme paths`: routes covering every transition, as scenario skeletons.
#include <string>

#include <CLI/CLI.hpp>

namespace reltheme::cli {

struct PathsOptions {
    std::string theme;
    std::string output;
    std::string start = "2026-03-02T09:00";
    std::string config;
};

void setup_paths(CLI::App& app);
int run_paths(const PathsOptions& opts);

}  // namespace reltheme::cli
