#pragma once
/// `reltheme render`: handbook pages (Markdown, HTML), a handbook site, stage
/// graphs (Mermaid, dot, SVG) and previews of documents sent to clients.
#include <string>

#include <CLI/CLI.hpp>

namespace reltheme::cli {

struct RenderOptions {
    std::string theme;
    std::string to;
    std::string output;
    std::string lang;
    std::string document;
    std::string data;
    std::string config;
    std::string stdin_filename;
    bool quiet = false;
    bool no_ignore = false;
};

void setup_render(CLI::App& app);
int run_render(const RenderOptions& opts);

}  // namespace reltheme::cli
