#include "cmd_lint.h"

#include <memory>

namespace reltheme::cli {

int run_lint(const LintOptions& opts) {
    return run_check(opts, true);
}

void setup_lint(CLI::App& parent) {
    auto opts = std::make_shared<LintOptions>();
    CLI::App* app = add_check_command(parent, *opts, true);
    app->final_callback([opts] { throw CLI::RuntimeError(run_lint(*opts)); });
}

}  // namespace reltheme::cli
