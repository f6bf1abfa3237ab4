#include "fix.h"

#include <iostream>

#include <fmt/format.h>

#include "check/fixer.h"
#include "common.h"
#include "i18n/messages.h"
#include "i18n/plural.h"
#include "util/atomic_write.h"
#include "util/line_diff.h"

namespace reltheme::cli {

void add_fix_options(CLI::App& app, FixOptions& options) {
    app.add_flag("--fix", options.fix,
                 "Apply the safe fixes to the files in place, then report what is left");
    app.add_flag("--diff", options.diff,
                 "Print the fixes as a unified diff instead of applying them (exit 1 when one "
                 "would apply)")
        ->excludes(app.get_option("--fix"));
    app.add_flag("--unsafe-fixes", options.unsafe,
                 "With --fix or --diff: the unsafe fixes too (did-you-mean guesses)");
}

std::optional<int> run_fixes(const FixOptions& options, Findings& findings,
                             const std::vector<InputPath>& inputs, const CheckOptions& check) {
    for (const InputPath& input : inputs) {
        if (input.is_stdin && options.fix) {
            print_error(i18n::message("cli.fix-stdin"));
            return k_exit_error;
        }
    }
    const std::vector<FileFix> fixes = fix_findings(findings, inputs, check, options.unsafe);
    int applied = 0;
    int files = 0;
    bool failed = false;
    for (const FileFix& f : fixes) {
        if (!f.refused.empty()) {
            std::cerr << "reltheme: "
                      << i18n::message("cli.fix-left", fmt::arg("file", f.display),
                                       fmt::arg("why", f.refused))
                      << "\n";
            continue;
        }
        if (f.applied == 0) continue;
        if (options.diff) {
            std::cout << unified_diff(f.display, f.before, f.after);
        } else {
            std::string error;
            if (!rewrite_input_atomically(f.path, f.before, f.after, error)) {
                print_error(error);
                failed = true;
                continue;
            }
        }
        applied += f.applied;
        ++files;
    }
    const std::string what = plural(applied, "fix", "fixes");
    if (options.diff) {
        std::cerr << fmt::format("reltheme: {} would apply in {}\n", what, plural(files, "file"));
        return applied > 0 ? k_exit_findings : k_exit_ok;
    }
    std::cerr << fmt::format("reltheme: {} applied in {}\n", what, plural(files, "file"));
    if (failed) return k_exit_error;
    // What is left: the fixed files checked again with the rest (cross-file
    // findings included), as a run without --fix would report them now.
    CheckOptions again = check;
    again.cache = nullptr;
    findings = check_inputs(inputs, again, disk_reader(check.limits.max_bytes));
    return std::nullopt;
}

}  // namespace reltheme::cli
