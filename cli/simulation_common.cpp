#include "simulation_common.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "catalogue/catalogue.h"
#include "check/engine.h"
#include "i18n/messages.h"

namespace reltheme::cli {
namespace fs = std::filesystem;

void print_findings(const Findings& f) {
    HumanOptions human;
    human.color = use_color("auto", STDERR_FILENO);
    for (const auto& file : f.files) {
        if (file.read_error)
            print_error(i18n::message("cli.cannot-read", fmt::arg("file", file.path),
                                      fmt::arg("error", *file.read_error)));
        for (const auto& d : file.diagnostics) print_diagnostic(std::cerr, d, &file.source, human);
    }
}

ThemeSource validated_themes(const ProjectConfig& config, const YamlLimits& limits) {
    return [config, limits](const fs::path& path, const std::string& display) {
        CheckOptions options;
        options.jobs = 1;
        options.keep_themes = true;
        options.limits = limits;
        options.config = config;
        options.is_rule_id = &is_rule_id;
        const InputPath input{display, path, false};
        std::vector<CheckedTheme> checked;
        Findings findings = check_inputs({input}, options, disk_reader(limits.max_bytes), &checked);
        if (findings.read_failed || findings.errors > 0)
            return ThemeInput{std::nullopt, std::move(findings)};
        if (checked[0].theme && checked[0].complete)
            return ThemeInput{std::move(checked[0].theme), std::move(findings)};
        // Not a theme: the loader says what it is (a scenario or model file).
        ThemeInput in = load_theme_file(path, display, limits);
        if (!in.theme && in.findings.errors == 0 && !in.findings.read_failed) {
            in.findings = std::move(findings);  // a scenario or model file given as a theme
        }
        return in;
    };
}

std::optional<ModelInput> model_input(const std::string& model,
                                      const std::vector<std::string>& inputs,
                                      const ProjectConfig& config) {
    if (inputs.size() > 1) {
        print_error(i18n::message("cli.one-theme"));
        return std::nullopt;
    }
    std::optional<fs::path> theme;
    if (!inputs.empty()) theme = inputs.front();
    const YamlLimits limits = YamlLimits::from_environment();
    ModelInput in = load_model_input(model, theme, validated_themes(config, limits), limits);
    print_findings(in.findings);
    if (!in.chain) {
        print_error(i18n::message("cli.model-unusable", fmt::arg("file", in.model_display)));
        return std::nullopt;
    }
    return in;
}

}  // namespace reltheme::cli
