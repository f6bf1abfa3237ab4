#include "cmd_explain.h"

#include <iostream>
#include <memory>

#include "catalogue/catalogue.h"
#include "common.h"
#include "i18n/messages.h"
#include "util/spelling.h"

namespace reltheme::cli {

int run_explain(const ExplainOptions& opts) {
    const RuleInfo* rule = find_in_catalogue(opts.id);
    if (!rule) {
        std::string message = i18n::message("cli.no-rule", fmt::arg("rule", i18n::quoted(opts.id)));
        message += i18n::did_you_mean(closest_match(opts.id, rule_ids()));
        print_error(message + i18n::message("cli.rules-lists"));
        return k_exit_error;
    }
    std::cout << rule->page;
    return k_exit_ok;
}

void setup_explain(CLI::App& parent) {
    const auto [app, opts] = add_command<ExplainOptions>(
        parent, "explain",
        "Print the documentation page of a rule, change kind or simulation violation",
        "Examples:\n  reltheme explain unknown-stage\n  reltheme explain stage-overdue",
        run_explain);
    app->add_option("rule", opts->id, "Rule id")->required();
}

}  // namespace reltheme::cli
