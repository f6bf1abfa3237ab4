#include "simulate/theme_input.h"

#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/file_kind.h"
#include "load/rule_ids.h"
#include "load/theme_files.h"
#include "load/theme_loader.h"
#include "util/file.h"
#include "util/severity_counts.h"

namespace reltheme {
namespace fs = std::filesystem;

std::string display_path(const fs::path& p) {
    std::error_code ec;
    const fs::path abs = fs::absolute(p, ec).lexically_normal();
    const fs::path cwd = fs::current_path(ec);
    const fs::path rel = abs.lexically_relative(cwd);
    if (!rel.empty() && !rel.string().starts_with("..")) return rel.generic_string();
    if (p.is_relative()) return p.lexically_normal().generic_string();
    return abs.generic_string();
}

ThemeInput load_theme_file(const fs::path& path, const std::string& display,
                           const YamlLimits& limits) {
    ThemeInput out;
    FileFindings file;
    file.path = display;
    std::string error;
    auto text = read_file(path, limits.max_bytes, error);
    if (!text) {
        file.read_error = error;
        out.findings.read_failed = true;
        out.findings.files.push_back(std::move(file));
        return out;
    }
    file.source = SourceText(display, strip_bom(std::move(*text)));
    DiagnosticSink sink(display);
    if (const auto marker = file_marker(file.source.text())) {
        const int line = marker->line;
        sink.report(
            "schema", Severity::Error,
            Range{{line, 1}, {line, static_cast<int>(marker->key.size()) + 1}},
            i18n::message("schema.not-a-theme",
                          fmt::arg("what", kind_subject(marker->kind, "-file").nominative)));
        count_into(out.findings, sink.items());
        file.diagnostics = std::move(sink.items());
        out.findings.files.push_back(std::move(file));
        return out;
    }
    LoadedTheme loaded = load_theme(file.source, sink, limits);
    count_into(out.findings, sink.items());
    if (loaded.theme && loaded.complete && out.findings.errors == 0)
        out.theme = std::move(loaded.theme);
    file.diagnostics = std::move(sink.items());
    out.findings.files.push_back(std::move(file));
    return out;
}

std::optional<fs::path> named_theme_path(const fs::path& file, const std::string& written,
                                         const Range& range, FileKind kind, DiagnosticSink& sink) {
    const ThemePlace place = place_of_theme(display_path(file), file, false);
    const ResolvedPath r = resolve_theme_path(place, written);
    if (auto message = escape_message(r, written, kind_subject(kind, "-theme"),
                                      kind_subject(kind, "-file-the"))) {
        sink.report(rule_id::k_path_escape, Severity::Error, range, std::move(*message));
        return std::nullopt;
    }
    return file.parent_path() / written;
}

ThemeSource structural_themes(const YamlLimits& limits) {
    return [limits](const fs::path& path, const std::string& display) {
        return load_theme_file(path, display, limits);
    };
}

}  // namespace reltheme

namespace reltheme {

ModelInput load_model_input(const fs::path& model_path, const std::optional<fs::path>& theme_path,
                            const ThemeSource& themes, const YamlLimits& limits) {
    std::string error;
    auto text = read_file(model_path, limits.max_bytes, error);
    if (!text) {
        ModelInput in;
        in.model_display = display_path(model_path);
        add_unreadable_file(in.findings, in.model_display, error);
        return in;
    }
    return load_model_text(std::move(*text), model_path, theme_path, themes, limits);
}

ModelInput load_model_text(std::string text, const fs::path& model_path,
                           const std::optional<fs::path>& theme_path, const ThemeSource& themes,
                           const YamlLimits& limits) {
    ModelInput in;
    in.model_display = display_path(model_path);
    const SourceText source(in.model_display, strip_bom(std::move(text)));
    DiagnosticSink sink(in.model_display);
    in.model = load_model(source, sink, limits);
    if (!in.model) {
        add_file_findings(in.findings, source, std::move(sink.items()));
        return in;
    }
    fs::path theme_file;
    if (theme_path) {
        theme_file = *theme_path;
    } else if (in.model->theme) {
        const auto named = named_theme_path(model_path, *in.model->theme, in.model->theme_range,
                                            FileKind::Model, sink);
        if (!named) {
            add_file_findings(in.findings, source, std::move(sink.items()));
            return in;
        }
        theme_file = *named;
    } else {
        sink.report("schema", Severity::Error, Range{{1, 1}, {1, 2}},
                    i18n::message("model-file.no-theme"));
        add_file_findings(in.findings, source, std::move(sink.items()));
        return in;
    }
    in.theme_display = display_path(theme_file);
    ThemeInput ti = themes(theme_file, in.theme_display);
    if (!ti.theme) {
        in.findings = std::move(ti.findings);
        std::erase_if(in.findings.files,
                      [](const FileFindings& f) { return f.diagnostics.empty() && !f.read_error; });
        if (in.findings.files.empty()) {
            sink.report(
                rule_id::k_missing_file, Severity::Error,
                in.model->theme_range.valid() ? in.model->theme_range : Range{{1, 1}, {1, 2}},
                i18n::message("scenario.not-a-theme",
                              fmt::arg("file", i18n::quoted(in.theme_display))));
            add_file_findings(in.findings, source, std::move(sink.items()));
        }
        return in;
    }
    in.theme = std::move(ti.theme);
    in.chain = build_chain(*in.theme, *in.model, sink);
    if (!sink.items().empty()) add_file_findings(in.findings, source, std::move(sink.items()));
    return in;
}

}  // namespace reltheme
