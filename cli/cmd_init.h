#pragma once
/// `reltheme init`: a new theme that passes `lint`, and optionally a project file.
#include <string>

#include <CLI/CLI.hpp>

namespace reltheme::cli {

struct InitOptions {
    std::string id;
    std::string type = "sales";
    std::string dir;
    std::string name;
    bool project = false;
    bool quiet = false;
};

void setup_init(CLI::App& app);
int run_init(const InitOptions& opts);

}  // namespace reltheme::cli
