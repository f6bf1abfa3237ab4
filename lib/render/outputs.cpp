#include "render/outputs.h"

#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/theme_files.h"
#include "load/yaml_doc.h"
#include "render/deal_file.h"
#include "render/graph.h"
#include "render/handbook.h"
#include "render/preview.h"
#include "render/svg.h"
#include "render/template_fill.h"
#include "util/atomic_write.h"
#include "util/excerpt.h"
#include "util/file.h"
#include "util/spelling.h"
#include "util/utf8.h"

namespace reltheme::render {
namespace fs = std::filesystem;

void RenderLog::error(const std::string& message) {
    messages.push_back("error: " + message);
}

void RenderLog::warning(const std::string& message) {
    messages.push_back("warning: " + message);
}

void RenderLog::diagnostic(const Diagnostic& d, const SourceText& /*source*/) {
    messages.push_back(
        fmt::format("{}:{}:{}: {}", d.file, d.range.begin.line, d.range.begin.column, d.message));
}

namespace {

ThemePlace place_of(const RenderTheme& t) {
    return place_of_theme(t.input.display, t.input.path, t.input.is_stdin);
}

/// The theme's instruction: inline, or read from `instruction_file`; nullopt
/// after an error.
std::optional<std::optional<std::string>> theme_instruction(const RenderTheme& t, RenderLog& log) {
    if (t.theme.instruction) return std::optional<std::string>(t.theme.instruction->value);
    if (!t.theme.instruction_file) return std::optional<std::string>();
    std::string error;
    fs::path resolved;
    const auto text = read_theme_file(place_of(t), t.theme.instruction_file->value,
                                      YamlLimits::from_environment().max_bytes, error, &resolved);
    if (!text) {
        log.error(
            i18n::message("render.instruction-unreadable",
                          fmt::arg("file", i18n::quoted(excerpt(t.theme.instruction_file->value))),
                          fmt::arg("theme", t.input.display), fmt::arg("error", error)));
        return std::nullopt;
    }
    log.read(resolved);
    return std::optional<std::string>(*text);
}

/// The warnings about the placeholders a preview could not fill.
void warn_missing(const PreviewRequest& request, const Preview& preview, RenderLog& log) {
    const std::string source = request.data.empty() ? i18n::message("render.no-deal-file")
                                                    : i18n::message("render.deal-gives-none",
                                                                    fmt::arg("file", request.data));
    for (const auto& m : preview.missing) {
        log.warning(i18n::message("render.no-value.tag", fmt::arg("tag", excerpt(m)),
                                  fmt::arg("source", source)));
    }
    for (const auto& m : preview.missing_sections) {
        log.warning(i18n::message("render.no-value.section", fmt::arg("tag", excerpt(m)),
                                  fmt::arg("source", source)));
    }
}

/// Reads the sample deal into `in` (its values, its stage); false after an error.
bool read_sample_deal(const std::string& path, const Theme& theme, PreviewInput& in,
                      RenderLog& log) {
    const YamlLimits limits = YamlLimits::from_environment();
    std::string error;
    const auto bytes = read_file(path, limits.max_bytes, error);
    if (!bytes) {
        log.error("cannot read " + path + ": " + error);
        return false;
    }
    log.read(path);
    const SourceText source(path, strip_bom(*bytes));
    DiagnosticSink sink(path);
    auto deal = parse_deal_file(source, limits, sink);
    for (const auto& d : sink.items()) log.diagnostic(d, source);
    if (!deal) return false;
    in.data_file = path;
    in.values = std::move(deal->values);
    if (deal->stage) {
        in.stage_id = deal->stage->value;
        if (!theme.find_stage(in.stage_id)) {
            log.error(fmt::format("{}:{}:{}: stage \"{}\" is not in theme \"{}\"", path,
                                  deal->stage->range.begin.line, deal->stage->range.begin.column,
                                  excerpt(in.stage_id), theme.id.value));
            return false;
        }
    }
    return true;
}

}  // namespace

Lang label_lang(const std::string& lang_option, const Theme& theme) {
    return lang_option.empty() ? detect_lang(theme) : parse_lang(lang_option).value_or(Lang::En);
}

std::string page_name(const Theme& theme) {
    const std::string& id = theme.id.value;
    return id == "index" ? "theme-index" : id;
}

std::optional<FormatChoice> choose_format(const std::string& to, const std::string& output,
                                          RenderLog& log) {
    FormatChoice choice;
    if (!to.empty()) choice.format = format_named(to);
    std::error_code ec;
    choice.output_is_folder =
        !output.empty() && (output.ends_with('/') || fs::is_directory(output, ec));
    if (!choice.format && !output.empty() && !choice.output_is_folder) {
        choice.format = format_of_extension(output);
        // A name with another extension (`out.pdf`) would get a format it
        // does not say; without an extension the default applies.
        if (!choice.format && fs::path(output).has_extension()) {
            log.error(i18n::message("render.unknown-extension", fmt::arg("file", output),
                                    fmt::arg("extensions", extension_list())));
            return std::nullopt;
        }
    }
    return choice;
}

std::optional<std::string> render_theme(const RenderTheme& t, Format format, Lang lang,
                                        const std::string& back_href, RenderLog& log) {
    switch (format) {
        case Format::Mermaid:
            return to_mermaid(t.theme, lang);
        case Format::Dot:
            return to_dot(t.theme, lang);
        case Format::Svg: {
            std::string error = graph_size_problem(t.theme, GraphLimits::from_environment());
            auto svg = error.empty() ? dot_to_svg(to_dot(t.theme, lang), error) : std::nullopt;
            if (!svg)
                log.error("cannot lay out the stage graph of " + t.input.display + ": " + error);
            return svg;
        }
        case Format::Markdown:
        case Format::Html:
            break;
    }
    const auto instruction = theme_instruction(t, log);
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
        log.error(fmt::format("{}:{}:{}: {}", t.input.display, e.where.begin.line,
                              e.where.begin.column, e.what()));
        return std::nullopt;
    }
    if (!graph_error.empty())
        log.warning("the stage graph of " + t.input.display + " is missing: " + graph_error);
    return page;
}

std::optional<RenderedFile> render_single(const RenderTheme& t, const FormatChoice& choice,
                                          const std::string& lang_option, const std::string& output,
                                          RenderLog& log) {
    const Format f = choice.format.value_or(Format::Markdown);
    auto content = render_theme(t, f, label_lang(lang_option, t.theme), {}, log);
    if (!content) return std::nullopt;
    fs::path path;
    if (choice.output_is_folder) {
        path = fs::path(output) / (page_name(t.theme) + extension_of(f));
    } else if (!output.empty()) {
        path = output;
    }
    return RenderedFile{path, std::move(*content)};
}

bool render_site(const std::vector<RenderTheme>& themes, std::optional<Format> format,
                 const std::string& lang_option, const fs::path& dir, RenderLog& log,
                 std::vector<RenderedFile>& files) {
    const Format f = format.value_or(Format::Html);
    const bool pages = f == Format::Html || f == Format::Markdown;
    const std::string back = pages ? std::string("index") + extension_of(f) : std::string();
    std::vector<IndexEntry> entries;
    bool any_ru = false;
    for (const auto& t : themes) {
        const Lang lang = label_lang(lang_option, t.theme);
        any_ru = any_ru || lang == Lang::Ru;
        const std::string file = page_name(t.theme) + extension_of(f);
        auto content = render_theme(t, f, lang, back, log);
        if (!content) return false;
        files.push_back({dir / file, std::move(*content)});
        entries.push_back({&t.theme, file});
    }
    if (pages) {
        const Lang lang = lang_option.empty() ? (any_ru ? Lang::Ru : Lang::En)
                                              : parse_lang(lang_option).value_or(Lang::En);
        const Page index = index_page(entries, lang);
        files.push_back({dir / back, f == Format::Html ? page_to_html(index, {})
                                                       : page_to_markdown(index, {})});
    }
    return true;
}

std::optional<RenderedFile> render_preview(const PreviewRequest& request, const RenderTheme& t,
                                           std::optional<Format> format, RenderLog& log) {
    const Theme& theme = t.theme;
    const Document* doc = theme.find_document(request.document);
    if (!doc) {
        std::vector<std::string> ids;
        for (const auto& d : theme.documents) ids.push_back(d.id.value);
        std::string message =
            i18n::message("render.no-document", fmt::arg("theme", t.input.display),
                          fmt::arg("document", i18n::quoted(excerpt(request.document))));
        message += i18n::did_you_mean(closest_match(request.document, ids));
        log.error(message);
        return std::nullopt;
    }
    const Format f = format.value_or(Format::Markdown);
    if (f != Format::Markdown && f != Format::Html) {
        log.error(i18n::message("render.preview-format"));
        return std::nullopt;
    }
    PreviewInput in;
    in.theme = &theme;
    in.document = doc;
    in.lang = label_lang(request.lang, theme);
    const std::size_t max_bytes = YamlLimits::from_environment().max_bytes;
    const auto read = [&](const std::string& what,
                          const std::string& rel) -> std::optional<std::string> {
        std::string error;
        fs::path resolved;
        auto text = read_theme_file(place_of(t), rel, max_bytes, error, &resolved);
        if (!text) {
            log.error(i18n::message(what, fmt::arg("file", i18n::quoted(printable(rel))),
                                    fmt::arg("document", i18n::quoted(doc->id.value)),
                                    fmt::arg("error", error)));
        } else {
            log.read(resolved);
        }
        return text;
    };
    if (doc->template_path) {
        in.template_text = read("render.template-unreadable", doc->template_path->value);
        if (!in.template_text) return std::nullopt;
    }
    if (doc->email && doc->email->body) {
        in.email_body = read("render.email-unreadable", doc->email->body->value);
        if (!in.email_body) return std::nullopt;
    }
    if (!request.data.empty() && !read_sample_deal(request.data, theme, in, log))
        return std::nullopt;
    const Preview preview = f == Format::Html ? preview_html(in) : preview_markdown(in);
    if (!preview.too_large.empty()) {
        for (const auto& e : preview.too_large) {
            log.error(fmt::format("{}:{}:{}: document \"{}\", {}", t.input.display,
                                  doc->id.range.begin.line, doc->id.range.begin.column,
                                  doc->id.value, e));
        }
        return std::nullopt;
    }
    for (const auto& e : preview.errors) log.warning("not a valid Mustache template: " + e);
    if (!request.quiet) {
        if (preview.not_offered) log.warning(request.data + ": " + *preview.not_offered);
        warn_missing(request, preview, log);
    }
    return RenderedFile{request.output.empty() ? fs::path() : fs::path(request.output),
                        preview.text};
}

std::optional<int> write_outputs(const std::vector<RenderedFile>& files, const fs::path& folder,
                                 RenderLog& log, std::ostream& out) {
    std::error_code ec;
    for (const auto& file : files) {
        if (file.path.empty() || !fs::exists(file.path, ec)) continue;
        for (const auto& in : log.inputs) {
            if (fs::equivalent(file.path, in, ec)) {
                log.error(i18n::message("render.input-overwrite",
                                        fmt::arg("file", file.path.generic_string()),
                                        fmt::arg("input", in.generic_string())));
                return std::nullopt;
            }
        }
    }
    if (!folder.empty()) {
        fs::create_directories(folder, ec);
        if (ec) {
            log.error("cannot create the folder " + folder.string() + ": " + ec.message());
            return std::nullopt;
        }
    }
    int written = 0;
    for (const auto& file : files) {
        if (file.path.empty()) {
            out << file.content;
            out.flush();
            continue;
        }
        std::string error;
        if (!write_file_atomically(file.path, file.content, error)) {
            log.error(error);
            return std::nullopt;
        }
        ++written;
    }
    return written;
}

}  // namespace reltheme::render
