// reltheme: relationship themes of a CRM kept as code.
#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cmd_analyze.h"
#include "cmd_diff.h"
#include "cmd_explain.h"
#include "cmd_init.h"
#include "cmd_lint.h"
#include "cmd_lsp.h"
#include "cmd_paths.h"
#include "cmd_render.h"
#include "cmd_rules.h"
#include "cmd_schema.h"
#include "cmd_simulate.h"
#include "cmd_validate.h"
#include "common.h"
#include "i18n/messages.h"
#include "util/env.h"
#include "util/spelling.h"

int main(int argc, char** argv) {
    using namespace reltheme::cli;
    CLI::App app{
        "reltheme: check, compare, document and simulate CRM relationship themes kept as YAML"};
    app.set_version_flag("--version", std::string("reltheme ") + RELTHEME_VERSION);
    // Set before the commands: each copies it when it is made.
    app.failure_message(argument_error_text);
    app.require_subcommand(1);
    app.footer(
        "Examples:\n  reltheme lint themes/\n  reltheme explain unknown-stage\n"
        "Run 'reltheme COMMAND --help' for a command's options.");

    // Each command registers itself; its callback throws CLI::RuntimeError(exit code).
    setup_validate(app);
    setup_lint(app);
    setup_rules(app);
    setup_explain(app);
    setup_schema(app);

    // diff
    setup_diff(app);

    // render, init
    setup_render(app);
    setup_init(app);

    // simulate, analyze, paths
    setup_simulate(app);
    setup_analyze(app);
    setup_paths(app);

    // the language server
    setup_lsp(app);

    // A limit set to something that is no number would be ignored: refuse it
    // before any work, as a bad option is.
    if (const auto bad = reltheme::bad_env_limit()) {
        print_error(*bad);
        return k_exit_error;
    }
    // The language of what is said before a command runs (a mistyped
    // command); the command's own --lang is offered when it runs.
    if (const int bad = choose_lang({})) return bad;
    offer_lang_of_arguments(argc, argv);

    try {
        app.parse(argc, argv);
    } catch (const CLI::RuntimeError& e) {
        return e.get_exit_code();
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        // A mistyped command gets a suggestion, as git and ninja do.
        std::vector<std::string> names;
        for (const auto* sub : app.get_subcommands({})) names.push_back(sub->get_name());
        if (argc > 1 && argv[1][0] != '-' &&
            std::find(names.begin(), names.end(), argv[1]) == names.end()) {
            std::string message = reltheme::i18n::message(
                "cli.unknown-command", fmt::arg("command", reltheme::i18n::quoted(argv[1])));
            message += reltheme::i18n::did_you_mean(reltheme::closest_match(argv[1], names));
            print_error(message);
            return k_exit_error;
        }
        app.exit(e);
        return k_exit_error;
    }
    return k_exit_ok;
}
