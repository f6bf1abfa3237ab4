#pragma once
/// `reltheme render`: handbook pages (Markdown, HTML), a handbook site, stage
/// graphs (Mermaid, dot, SVG) and previews of documents sent to clients.
#include <CLI/CLI.hpp>

namespace reltheme::cli {

void setup_render(CLI::App& app);

}  // namespace reltheme::cli
