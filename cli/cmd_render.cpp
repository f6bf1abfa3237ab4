#include "cmd_render.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "catalogue/catalogue.h"
#include "check/engine.h"
#include "common.h"
#include "i18n/messages.h"
#include "load/discover.h"
#include "load/yaml_doc.h"
#include "render/format.h"
#include "render/outputs.h"
#include "report/human.h"
#include "util/utf8.h"

namespace reltheme::cli {
namespace fs = std::filesystem;
using namespace reltheme::render;

namespace {

bool stderr_color() {
    return use_color("auto", STDERR_FILENO);
}

/// The run's messages, on standard error.
class StderrLog : public RenderLog {
  public:
    void error(const std::string& message) override { print_error(message); }
    void warning(const std::string& message) override {
        std::cerr << "reltheme: warning: " << message << "\n";
    }
    void diagnostic(const Diagnostic& d, const SourceText& source) override {
        HumanOptions human;
        human.color = stderr_color();
        print_diagnostic(std::cerr, d, &source, human);
    }
};

}  // namespace

int run_render(const RenderOptions& o) {
    // 1. The project file.
    const auto config = load_config(o.config, {}, o.no_ignore);
    if (!config) return k_exit_error;
    StderrLog log;
    if (!config->file.empty()) log.read(config->file);

    // 2. Find the theme files: a folder in gives a site out.
    std::error_code ec;
    const bool site = o.theme != "-" && fs::is_directory(o.theme, ec);
    const Discovery discovery = discover_inputs({o.theme}, *config, o.stdin_filename);
    for (const auto& e : discovery.errors) print_error(e.message);
    if (!discovery.errors.empty()) return k_exit_error;
    if (discovery.files.empty()) {
        print_error(i18n::message("cli.no-theme-files", fmt::arg("where", o.theme)));
        return k_exit_error;
    }
    if (site && !o.document.empty()) {
        print_error(i18n::message("cli.document-needs-file"));
        return k_exit_error;
    }
    if (o.document.empty() && !o.data.empty()) {
        print_error(i18n::message("cli.data-needs-document"));
        return k_exit_error;
    }

    // 3. Check them: a handbook of a theme with errors would mislead its readers.
    CheckOptions check;
    check.jobs = 1;
    check.keep_themes = true;
    check.limits = YamlLimits::from_environment();
    check.config = *config;
    check.is_rule_id = &is_rule_id;
    std::vector<CheckedTheme> checked;  // read and loaded once (stdin too)
    Findings findings =
        check_inputs(discovery.files, check, disk_reader(check.limits.max_bytes), &checked);
    for (const auto& f : findings.files) {
        if (f.read_error)
            print_error(i18n::message("cli.cannot-read", fmt::arg("file", f.path),
                                      fmt::arg("error", *f.read_error)));
    }
    if (findings.read_failed) return k_exit_error;
    if (findings.errors > 0) {
        // Only what stops the run: warnings are lint's to show.
        for (auto& f : findings.files) {
            std::erase_if(f.diagnostics,
                          [](const Diagnostic& d) { return d.severity != Severity::Error; });
        }
        findings.warnings = 0;
        findings.infos = 0;
        HumanOptions human;
        human.color = stderr_color();
        print_human(std::cerr, findings, human);
        print_error(i18n::message(discovery.files.size() == 1 ? "cli.render-theme-errors"
                                                              : "cli.render-themes-errors"));
        return k_exit_findings;
    }

    // 4. The models, as checking loaded them.
    std::vector<RenderTheme> themes;
    for (std::size_t i = 0; i < discovery.files.size(); ++i) {
        const InputPath& input = discovery.files[i];
        if (!checked[i].theme) {
            // A scenario, a model or a deal file checks clean but is no theme.
            print_error(
                i18n::message("cli.render-not-theme", fmt::arg("file", printable(input.display))));
            return k_exit_error;
        }
        themes.push_back({input, std::move(*checked[i].theme)});
        if (!input.is_stdin) log.read(input.path);
    }

    // 5. The format: --to, else the output's extension, else HTML for a site
    //    and Markdown for one theme.
    const auto choice = choose_format(o.to, o.output, log);
    if (!choice) return k_exit_error;

    // 6. Produce the outputs.
    std::vector<RenderedFile> outputs;
    if (!o.document.empty()) {
        if (choice->output_is_folder) {
            print_error(i18n::message("cli.preview-file"));
            return k_exit_error;
        }
        PreviewRequest request{o.document, o.data, o.lang, o.output, o.quiet};
        auto preview = render_preview(request, themes.front(), choice->format, log);
        if (!preview) return k_exit_error;
        outputs.push_back(std::move(*preview));
    } else if (site) {
        if (o.output.empty()) {
            print_error(i18n::message("cli.site-folder"));
            return k_exit_error;
        }
        if (!render_site(themes, choice->format, o.lang, o.output, log, outputs))
            return k_exit_error;
    } else {
        auto file = render_single(themes.front(), *choice, o.lang, o.output, log);
        if (!file) return k_exit_error;
        outputs.push_back(std::move(*file));
    }

    // 7. Never replace what was read; then write each file atomically.
    const fs::path folder = site || choice->output_is_folder ? fs::path(o.output) : fs::path();
    const auto written = write_outputs(outputs, folder, log, std::cout);
    if (!written) return k_exit_error;
    if (site && !o.quiet) {
        std::cerr << "reltheme: "
                  << i18n::message("cli.render-wrote",
                                   fmt::arg("files", i18n::count(static_cast<long long>(*written),
                                                                 "noun.file-written")),
                                   fmt::arg("folder", o.output))
                  << "\n";
    }
    return k_exit_ok;
}

void setup_render(CLI::App& parent) {
    const auto [app, opts] = add_command<RenderOptions>(
        parent, "render",
        "Write a theme's handbook (Markdown, HTML), its stage "
        "graph (Mermaid, dot, SVG) or a document preview",
        "A folder of themes gives a handbook site: index + one page per theme, working offline.\n"
        "The format comes from --to, else from the -o file's extension, else md (html for a "
        "folder).\n\n"
        "Examples:\n"
        "  reltheme render themes/standard.yaml                      # Markdown handbook to "
        "stdout\n"
        "  reltheme render themes/ -o site/                          # HTML handbook site\n"
        "  reltheme render themes/standard.yaml --to svg -o standard.svg\n"
        "  reltheme render themes/standard.yaml --to mermaid --lang en\n"
        "  reltheme render themes/standard.yaml --document offer --data deal.yaml",
        run_render);
    app->add_option("theme", opts->theme, "Theme file, folder of themes, or - for standard input")
        ->required();
    app->add_option("--to", opts->to, "Output format: md, html, mermaid, dot or svg")
        ->check(CLI::IsMember(format_names()));
    app->add_option("-o,--output", opts->output,
                    "File to write (default: standard output); a folder for a site");
    // --lang (add_command) is also the language of the labels.
    app->get_option("--lang")->description(
        "Language of the labels and messages: en or ru (labels default to the theme's)");
    app->add_option("--document", opts->document,
                    "Preview this document: its template and email, filled in");
    app->add_option("--data", opts->data,
                    "A sample deal (YAML: client, deal, fields, stage) for --document");
    add_config_option(*app, opts->config);
    add_stdin_filename_option(*app, opts->stdin_filename);
    app->add_flag("-q,--quiet", opts->quiet, "Print no notes or warnings, only errors");
    add_no_ignore_option(*app, opts->no_ignore);
}

}  // namespace reltheme::cli
