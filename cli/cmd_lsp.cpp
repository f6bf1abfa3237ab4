#include "cmd_lsp.h"

#include <iostream>

#include "catalogue/catalogue.h"
#include "common.h"
#include "lsp/server.h"
#include "report/sarif.h"
#include "simulation_common.h"

namespace reltheme::cli {

int run_lsp(const LspOptions& opts) {
    lsp::ServerOptions options;
    options.version = RELTHEME_VERSION;
    options.config_path = opts.config;
    options.rule_ids = configurable_rule_ids();
    options.is_rule_id = &is_rule_id;
    // The rule pages SARIF links to (helpUri).
    options.help_uri = [](std::string_view id) { return rule_help_uri(id); };
    options.rule_summary = [](std::string_view id) -> std::string {
        const RuleInfo* rule = find_in_catalogue(id);
        return rule ? rule->summary : std::string();
    };
    options.limits = YamlLimits::from_environment();
    // A scenario's or model's theme is loaded as `simulate` loads it.
    options.simulation_themes = [limits = options.limits](const ProjectConfig& config) {
        return validated_themes(config, limits);
    };
    // Standard output carries the protocol and nothing else.
    std::ios::sync_with_stdio(false);
    lsp::Server server(std::move(options));
    return server.run(std::cin, std::cout);
}

void setup_lsp(CLI::App& parent) {
    const auto command = add_command<LspOptions>(
        parent, "lsp",
        "Language server (LSP over standard input and output): lint findings as you type, fixes, "
        "completion, hover, go to definition, rename",
        "Editors start it themselves; see docs/editors.md for neovim, VS Code, Helix and Emacs.\n"
        "Exit status: 0 after the client's shutdown and exit, 1 when the input ends without them.",
        run_lsp);
    add_config_option(*command.app, command.opts->config);
}

}  // namespace reltheme::cli
