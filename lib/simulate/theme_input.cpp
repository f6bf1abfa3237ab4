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

std::optional<std::string> read_text_file(const fs::path& p, std::size_t max_bytes, std::string& error) {
    const InputPath input{p.string(), p, false};
    return disk_reader(max_bytes)(input, error);
}

ThemeInput load_checked_theme(const fs::path& path, const std::string& display, const ProjectConfig& config,
                              const YamlLimits& limits) {
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
