#include "adoption.h"

#include "common.h"

namespace reltheme::cli {

void add_adoption_options(CLI::App& app, AdoptionOptions& options) {
    const CLI::Validator known(
        [](std::string& value) -> std::string { return selection_error(value); }, "RULE");
    app.add_flag("--exit-zero", options.exit_zero,
                 "Exit 0 even when there are findings (2 still when the check could not be done)");
    app.add_option("--select", options.selection.select,
                   "Report only these rules: ids or the groups structure, validate, lint, "
                   "comma-separated (wins over reltheme.yaml)")
        ->delimiter(',')
        ->type_name("RULE,...")
        ->allow_extra_args(false)
        ->check(known);
    app.add_option("--ignore", options.selection.ignore,
                   "Never report these rules: ids or groups, comma-separated (wins over "
                   "reltheme.yaml)")
        ->delimiter(',')
        ->type_name("RULE,...")
        ->allow_extra_args(false)
        ->check(known);
    app.add_flag("--statistics", options.statistics,
                 "Print the number of findings of each rule instead of the findings (human or "
                 "json; --output files still get every finding)");
}

int adoption_exit(const AdoptionOptions& options, int status) {
    return options.exit_zero && status == k_exit_findings ? k_exit_ok : status;
}

}  // namespace reltheme::cli
