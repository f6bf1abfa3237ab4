#include "simulate/theme_input.h"

#include "check/engine.h"
#include "load/discover.h"
#include "load/theme_loader.h"

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

std::optional<std::string> read_text_file(const fs::path& p, std::size_t max_bytes,
                                          std::string& error) {
    const InputPath input{p.string(), p, false};
    return disk_reader(max_bytes)(input, error);
}

ThemeInput load_checked_theme(const fs::path& path, const std::string& display,
                              const ProjectConfig& config, const YamlLimits& limits) {
    ThemeInput out;
    CheckOptions options;
    options.jobs = 1;
    options.limits = limits;
    options.config = config;
    const InputPath input{display, path, false};
    out.findings = check_inputs({input}, options, disk_reader(limits.max_bytes));
    if (out.findings.read_failed || out.findings.errors > 0) return out;
    std::string error;
    auto text = read_text_file(path, limits.max_bytes, error);
    if (!text) return out;
    DiagnosticSink sink(display);
    const SourceText source(display, strip_bom(std::move(*text)));
    LoadedTheme loaded = load_theme(source, sink, limits);
    if (loaded.theme && loaded.complete) out.theme = std::move(loaded.theme);
    return out;
}

}  // namespace reltheme

namespace reltheme {

namespace {
void add_file(Findings& f, const SourceText& source, std::vector<Diagnostic> ds) {
    FileFindings ff;
    ff.path = source.path();
    ff.source = source;
    for (const auto& d : ds) {
        if (d.severity == Severity::Error)
            ++f.errors;
        else if (d.severity == Severity::Warning)
            ++f.warnings;
    }
    ff.diagnostics = std::move(ds);
    f.files.push_back(std::move(ff));
}
}  // namespace

ModelInput load_model_input(const fs::path& model_path, const std::optional<fs::path>& theme_path,
                            const ProjectConfig& config, const YamlLimits& limits) {
    ModelInput in;
    in.model_display = display_path(model_path);
    std::string error;
    auto text = read_text_file(model_path, limits.max_bytes, error);
    if (!text) {
        FileFindings ff;
        ff.path = in.model_display;
        ff.read_error = error;
        in.findings.files.push_back(std::move(ff));
        in.findings.read_failed = true;
        return in;
    }
    const SourceText source(in.model_display, strip_bom(std::move(*text)));
    DiagnosticSink sink(in.model_display);
    in.model = load_model(source, sink, limits);
    if (!in.model) {
        add_file(in.findings, source, std::move(sink.items()));
        return in;
    }
    fs::path theme_file;
    if (theme_path) {
        theme_file = *theme_path;
    } else if (in.model->theme) {
        theme_file = model_path.parent_path() / *in.model->theme;
    } else {
        sink.report("schema", Severity::Error, Range{{1, 1}, {1, 2}},
                    "the model names no theme: add \"theme: path/to/theme.yaml\" or give THEME on "
                    "the command line");
        add_file(in.findings, source, std::move(sink.items()));
        return in;
    }
    in.theme_display = display_path(theme_file);
    ThemeInput ti = load_checked_theme(theme_file, in.theme_display, config, limits);
    if (!ti.theme) {
        in.findings = std::move(ti.findings);
        std::erase_if(in.findings.files,
                      [](const FileFindings& f) { return f.diagnostics.empty() && !f.read_error; });
        if (in.findings.files.empty()) {
            sink.report(
                "missing-file", Severity::Error,
                in.model->theme_range.valid() ? in.model->theme_range : Range{{1, 1}, {1, 2}},
                "\"" + in.theme_display + "\" is not a theme file");
            add_file(in.findings, source, std::move(sink.items()));
        }
        return in;
    }
    in.theme = std::move(ti.theme);
    in.chain = build_chain(*in.theme, *in.model, sink);
    if (!sink.items().empty()) add_file(in.findings, source, std::move(sink.items()));
    return in;
}

}  // namespace reltheme
