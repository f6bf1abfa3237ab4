#include "cmd_render.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "catalogue/catalogue.h"
#include "check/engine.h"
#include "common.h"
#include "load/discover.h"
#include "load/theme_files.h"
#include "load/theme_loader.h"
#include "load/yaml_doc.h"
#include "render/deal_file.h"
#include "render/format.h"
#include "render/graph.h"
#include "render/handbook.h"
#include "render/preview.h"
#include "render/svg.h"
#include "render/template_fill.h"
#include "report/human.h"
#include "util/atomic_write.h"
#include "util/excerpt.h"
#include "util/spelling.h"
#include "util/utf8.h"

namespace reltheme::cli {
namespace fs = std::filesystem;
using namespace reltheme::render;

namespace {

/// A theme that passed the checks, with what rendering it needs.
struct RenderTheme {
    InputPath input;
    Theme theme;
};

struct Output {
    fs::path path;  ///< empty: standard output
    std::string content;
};

/// Everything the run read, so that no output replaces it.
struct Inputs {
    std::vector<fs::path> files;
    void add(const fs::path& p) { files.push_back(p); }
};

bool stderr_color() {
    return use_color("auto", STDERR_FILENO);
}

void note(const RenderOptions& o, const std::string& message) {
    if (!o.quiet) std::cerr << "reltheme: " << message << "\n";
}

void warn(const std::string& message) {
    std::cerr << "reltheme: warning: " << message << "\n";
}

ThemePlace place_of(const RenderTheme& t) {
    return place_of_theme(t.input.display, t.input.path, t.input.is_stdin);
}

/// The theme's instruction: inline, or read from `instruction_file`.
std::optional<std::optional<std::string>> theme_instruction(const RenderTheme& t, Inputs& inputs) {
    if (t.theme.instruction) return std::optional<std::string>(t.theme.instruction->value);
    if (!t.theme.instruction_file) return std::optional<std::string>();
    std::string error;
    fs::path resolved;
    const auto text = read_theme_file(place_of(t), t.theme.instruction_file->value,
                                      YamlLimits::from_environment().max_bytes, error, &resolved);
    if (!text) {
        print_error(fmt::format("cannot read the instruction file \"{}\" of {}: {}",
                                excerpt(t.theme.instruction_file->value), t.input.display, error));
        return std::nullopt;
    }
    inputs.add(resolved);
    return std::optional<std::string>(*text);
}

/// The file name of a theme's page in a site.
std::string page_name(const Theme& theme) {
    const std::string& id = theme.id.value;
    return id == "index" ? "theme-index" : id;
}

/// One theme in one format; nullopt after printing why it cannot be done.
std::optional<std::string> render_one(const RenderTheme& t, Format format, Lang lang,
                                      const std::string& back_href, Inputs& inputs) {
    switch (format) {
        case Format::Mermaid:
            return to_mermaid(t.theme, lang);
        case Format::Dot:
            return to_dot(t.theme, lang);
        case Format::Svg: {
            std::string error = graph_size_problem(t.theme, GraphLimits::from_environment());
            auto svg = error.empty() ? dot_to_svg(to_dot(t.theme, lang), error) : std::nullopt;
            if (!svg)
                print_error("cannot lay out the stage graph of " + t.input.display + ": " + error);
            return svg;
        }
        case Format::Markdown:
        case Format::Html:
            break;
    }
    const auto instruction = theme_instruction(t, inputs);
    if (!instruction) return std::nullopt;
    HandbookOptions options;
    options.lang = lang;
    options.instruction = *instruction;
    options.source_file = t.input.display;
    options.back_href = back_href;
    std::string graph_error;
    std::string page;
    try {
        if (format == Format::Markdown) return handbook_markdown(t.theme, options);
        page = handbook_html(t.theme, options, &graph_error);
    } catch (const FilledTooLarge& e) {
        print_error(fmt::format("{}:{}:{}: {}", t.input.display, e.where.begin.line,
                                e.where.begin.column, e.what()));
        return std::nullopt;
    }
    if (!graph_error.empty())
        warn("the stage graph of " + t.input.display + " is missing: " + graph_error);
    return page;
}

/// Warnings about the placeholders a preview could not fill.
void warn_missing(const RenderOptions& o, const Preview& preview) {
    const std::string source =
        o.data.empty() ? "no deal file was given (--data FILE)" : o.data + " gives none";
    for (const auto& m : preview.missing) {
        warn(fmt::format("no value for {{{{{}}}}}: {}; the tag stays in the text", excerpt(m),
                         source));
    }
    for (const auto& m : preview.missing_sections) {
        warn(fmt::format("no value for {{{{{}}}}}: {}; the section reads it as false", excerpt(m),
                         source));
    }
}

int run_preview(const RenderOptions& o, const RenderTheme& t, std::optional<Format> format,
                Inputs& inputs, std::vector<Output>& outputs) {
    const Theme& theme = t.theme;
    const Document* doc = theme.find_document(o.document);
    if (!doc) {
        std::vector<std::string> ids;
        for (const auto& d : theme.documents) ids.push_back(d.id.value);
        std::string message =
            fmt::format("{} has no document \"{}\"", t.input.display, excerpt(o.document));
        message += did_you_mean(closest_match(o.document, ids));
        print_error(message);
        return k_exit_error;
    }
    const Format f = format.value_or(Format::Markdown);
    if (f != Format::Markdown && f != Format::Html) {
        print_error("a document preview is Markdown or HTML (--to md or --to html)");
        return k_exit_error;
    }
    PreviewInput in;
    in.theme = &theme;
    in.document = doc;
    in.lang = o.lang.empty() ? detect_lang(theme) : parse_lang(o.lang);
    const std::size_t max_bytes = YamlLimits::from_environment().max_bytes;
    const auto read = [&](const std::string& what,
                          const std::string& rel) -> std::optional<std::string> {
        std::string error;
        fs::path resolved;
        auto text = read_theme_file(place_of(t), rel, max_bytes, error, &resolved);
        if (!text) {
            print_error(fmt::format("cannot read the {} \"{}\" of document \"{}\": {}", what,
                                    printable(rel), doc->id.value, error));
        } else {
            inputs.add(resolved);
        }
        return text;
    };
    if (doc->template_path) {
        in.template_text = read("template", doc->template_path->value);
        if (!in.template_text) return k_exit_error;
    }
    if (doc->email && doc->email->body) {
        in.email_body = read("email body", doc->email->body->value);
        if (!in.email_body) return k_exit_error;
    }
    if (!o.data.empty()) {
        InputPath data_input{o.data, o.data, false};
        std::string error;
        const auto bytes = disk_reader(max_bytes)(data_input, error);
        if (!bytes) {
            print_error("cannot read " + o.data + ": " + error);
            return k_exit_error;
        }
        inputs.add(o.data);
        const SourceText source(o.data, strip_bom(*bytes));
        DiagnosticSink sink(o.data);
        std::optional<YamlDocument> yaml;
        if (check_encoding(source, max_bytes, sink))
            yaml = parse_yaml(source, sink, YamlLimits::from_environment());
        std::optional<DealFile> deal;
        if (yaml && !sink.has_errors()) deal = read_deal_file(yaml->root(), sink);
        if (!sink.items().empty()) {
            HumanOptions human;
            human.color = stderr_color();
            for (const auto& d : sink.items()) print_diagnostic(std::cerr, d, &source, human);
        }
        if (!deal) return k_exit_error;
        in.data_file = o.data;
        in.values = std::move(deal->values);
        if (deal->stage) {
            in.stage_id = deal->stage->value;
            if (!theme.find_stage(in.stage_id)) {
                print_error(fmt::format("{}:{}:{}: stage \"{}\" is not in theme \"{}\"", o.data,
                                        deal->stage->range.begin.line,
                                        deal->stage->range.begin.column, excerpt(in.stage_id),
                                        theme.id.value));
                return k_exit_error;
            }
        }
    }
    const Preview preview = f == Format::Html ? preview_html(in) : preview_markdown(in);
    if (!preview.too_large.empty()) {
        for (const auto& e : preview.too_large) {
            print_error(fmt::format("{}:{}:{}: document \"{}\", {}", t.input.display,
                                    doc->id.range.begin.line, doc->id.range.begin.column,
                                    doc->id.value, e));
        }
        return k_exit_error;
    }
    for (const auto& e : preview.errors) warn("not a valid Mustache template: " + e);
    if (!o.quiet) {
        if (preview.not_offered) warn(o.data + ": " + *preview.not_offered);
        warn_missing(o, preview);
    }
    outputs.push_back({o.output.empty() ? fs::path() : fs::path(o.output), preview.text});
    return k_exit_ok;
}

}  // namespace

int run_render(const RenderOptions& o) {
    // 1. The project file.
    const auto config = load_config(o.config, {}, o.no_ignore);
    if (!config) return k_exit_error;
    Inputs inputs;
    if (!config->file.empty()) inputs.add(config->file);

    // 2. Find the theme files: a folder in gives a site out.
    std::error_code ec;
    const bool site = o.theme != "-" && fs::is_directory(o.theme, ec);
    const Discovery discovery = discover_inputs({o.theme}, *config, o.stdin_filename);
    for (const auto& e : discovery.errors) print_error(e.message);
    if (!discovery.errors.empty()) return k_exit_error;
    if (discovery.files.empty()) {
        print_error("no theme files (*.yaml, *.yml) in " + o.theme);
        return k_exit_error;
    }
    if (site && !o.document.empty()) {
        print_error("--document previews one theme's document: give a theme file, not a folder");
        return k_exit_error;
    }
    if (o.document.empty() && !o.data.empty()) {
        print_error("--data fills a document: name it with --document ID");
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
        if (f.read_error) print_error("cannot read " + f.path + ": " + *f.read_error);
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
        print_error(discovery.files.size() == 1 ? "the theme has errors; nothing was rendered"
                                                : "some themes have errors; nothing was rendered");
        return k_exit_findings;
    }

    // 4. The models, as checking loaded them.
    std::vector<RenderTheme> themes;
    for (std::size_t i = 0; i < discovery.files.size(); ++i) {
        const InputPath& input = discovery.files[i];
        if (!checked[i].theme) {
            // A scenario, a model or a deal file checks clean but is no theme.
            print_error(fmt::format(
                "{} is not a theme; render draws themes, not scenarios, models or deal files",
                printable(input.display)));
            return k_exit_error;
        }
        themes.push_back({input, std::move(*checked[i].theme)});
        if (!input.is_stdin) inputs.add(input.path);
    }

    // 5. The format: --to, else the output's extension, else HTML for a site
    //    and Markdown for one theme.
    std::optional<Format> format;
    if (!o.to.empty()) format = format_named(o.to);
    const bool output_is_folder =
        !o.output.empty() && (o.output.ends_with('/') || fs::is_directory(o.output, ec));
    if (!format && !o.output.empty() && !output_is_folder) {
        format = format_of_extension(o.output);
        // A name with another extension (`out.pdf`) would get a format it
        // does not say; without an extension the default applies.
        if (!format && fs::path(o.output).has_extension()) {
            print_error(
                fmt::format("cannot tell the format of {} from its extension: render "
                            "writes {}; use one of those or give --to",
                            o.output, extension_list()));
            return k_exit_error;
        }
    }

    // 6. Produce the outputs.
    std::vector<Output> outputs;
    if (!o.document.empty()) {
        if (output_is_folder) {
            print_error("-o names the preview's file, not a folder");
            return k_exit_error;
        }
        const int rc = run_preview(o, themes.front(), format, inputs, outputs);
        if (rc != k_exit_ok) return rc;
    } else if (site) {
        if (o.output.empty()) {
            print_error("a folder of themes renders to a folder: add -o FOLDER");
            return k_exit_error;
        }
        const Format f = format.value_or(Format::Html);
        const fs::path dir = o.output;
        const bool pages = f == Format::Html || f == Format::Markdown;
        const std::string back = pages ? std::string("index") + extension_of(f) : std::string();
        std::vector<IndexEntry> entries;
        bool any_ru = false;
        for (const auto& t : themes) {
            const Lang lang = o.lang.empty() ? detect_lang(t.theme) : parse_lang(o.lang);
            any_ru = any_ru || lang == Lang::Ru;
            const std::string file = page_name(t.theme) + extension_of(f);
            auto content = render_one(t, f, lang, back, inputs);
            if (!content) return k_exit_error;
            outputs.push_back({dir / file, std::move(*content)});
            entries.push_back({&t.theme, file});
        }
        if (pages) {
            const Lang lang = o.lang.empty() ? (any_ru ? Lang::Ru : Lang::En) : parse_lang(o.lang);
            const Page index = index_page(entries, lang);
            outputs.push_back({dir / back, f == Format::Html ? page_to_html(index, {})
                                                             : page_to_markdown(index, {})});
        }
    } else {
        const RenderTheme& t = themes.front();
        const Format f = format.value_or(Format::Markdown);
        const Lang lang = o.lang.empty() ? detect_lang(t.theme) : parse_lang(o.lang);
        auto content = render_one(t, f, lang, {}, inputs);
        if (!content) return k_exit_error;
        fs::path path;
        if (output_is_folder) {
            path = fs::path(o.output) / (page_name(t.theme) + extension_of(f));
        } else if (!o.output.empty()) {
            path = o.output;
        }
        outputs.push_back({path, std::move(*content)});
    }

    // 7. Never replace what was read; then write each file atomically.
    for (const auto& out : outputs) {
        if (out.path.empty() || !fs::exists(out.path, ec)) continue;
        for (const auto& in : inputs.files) {
            if (fs::equivalent(out.path, in, ec)) {
                print_error(fmt::format("refusing to write {}: it is an input of this run ({})",
                                        out.path.generic_string(), in.generic_string()));
                return k_exit_error;
            }
        }
    }
    if (site || output_is_folder) {
        fs::create_directories(o.output, ec);
        if (ec) {
            print_error("cannot create the folder " + o.output + ": " + ec.message());
            return k_exit_error;
        }
    }
    int written = 0;
    for (const auto& out : outputs) {
        if (out.path.empty()) {
            std::cout << out.content;
            std::cout.flush();
            continue;
        }
        std::string error;
        if (!write_file_atomically(out.path, out.content, error)) {
            print_error(error);
            return k_exit_error;
        }
        ++written;
    }
    if (site) {
        note(o,
             fmt::format("wrote {} {} to {}", written, written == 1 ? "file" : "files", o.output));
    }
    return k_exit_ok;
}

void setup_render(CLI::App& parent) {
    auto opts = std::make_shared<RenderOptions>();
    CLI::App* app = parent.add_subcommand("render",
                                          "Write a theme's handbook (Markdown, HTML), its stage "
                                          "graph (Mermaid, dot, SVG) or a document preview");
    app->footer(
        "A folder of themes gives a handbook site: index + one page per theme, working offline.\n"
        "The format comes from --to, else from the -o file's extension, else md (html for a "
        "folder).\n\n"
        "Examples:\n"
        "  reltheme render themes/standard.yaml                      # Markdown handbook to "
        "stdout\n"
        "  reltheme render themes/ -o site/                          # HTML handbook site\n"
        "  reltheme render themes/standard.yaml --to svg -o standard.svg\n"
        "  reltheme render themes/standard.yaml --to mermaid --lang en\n"
        "  reltheme render themes/standard.yaml --document offer --data deal.yaml");
    app->add_option("theme", opts->theme, "Theme file, folder of themes, or - for standard input")
        ->required();
    app->add_option("--to", opts->to, "Output format: md, html, mermaid, dot or svg")
        ->check(CLI::IsMember(format_names()));
    app->add_option("-o,--output", opts->output,
                    "File to write (default: standard output); a folder for a site");
    app->add_option("--lang", opts->lang, "Language of the labels: en or ru (default: the theme's)")
        ->check(CLI::IsMember({"en", "ru"}));
    app->add_option("--document", opts->document,
                    "Preview this document: its template and email, filled in");
    app->add_option("--data", opts->data,
                    "A sample deal (YAML: client, deal, fields, stage) for --document");
    app->add_option("--config", opts->config,
                    "Project file (default: reltheme.yaml found upwards)");
    app->add_option("--stdin-filename", opts->stdin_filename, "Name of standard input in messages");
    app->add_flag("-q,--quiet", opts->quiet, "Print no notes or warnings, only errors");
    add_no_ignore_option(*app, opts->no_ignore);
    app->final_callback([opts] { throw CLI::RuntimeError(run_render(*opts)); });
}

}  // namespace reltheme::cli
