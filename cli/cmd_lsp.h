#pragma once
/// `reltheme lsp`: the language server, over standard input and output
/// (docs/lsp.md, docs/editors.md).
#include <string>

#include <CLI/CLI.hpp>

namespace reltheme::cli {

struct LspOptions {
    std::string config;  ///< --config: the project file of every document
};

void setup_lsp(CLI::App& app);
int run_lsp(const LspOptions& opts);

}  // namespace reltheme::cli
