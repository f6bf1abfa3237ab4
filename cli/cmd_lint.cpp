#include "cmd_lint.h"

namespace reltheme::cli {

int run_lint(const LintOptions& opts) {
    return run_check(opts, true);
}

void setup_lint(CLI::App& parent) {
    add_check_command(parent, true, run_lint);
}

}  // namespace reltheme::cli
