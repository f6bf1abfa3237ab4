#pragma once
/// `reltheme diff`: semantic diff and breaking-change detection between two
/// files or folders, or the working tree and git revisions.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common.h"

namespace reltheme::cli {

struct DiffCommandOptions {
    std::vector<std::string> paths;
    std::string against;
    std::string from;
    std::string to;
    std::string fail_on = "breaking";
    OutputOptions output;
    std::string config;
    std::string stdin_filename;
    int jobs = 0;
    bool no_ignore = false;
};

void setup_diff(CLI::App& app);
int run_diff(const DiffCommandOptions& opts);

}  // namespace reltheme::cli
