#pragma once
/// What `simulate`, `analyze` and `paths` share: themes checked with the
/// `validate` rules before they are simulated, the model and its theme,
/// findings on standard error, and the printing of a result.
#include <optional>
#include <string>
#include <vector>

#include "common.h"
#include "load/project.h"
#include "report/human.h"
#include "report/output.h"
#include "simulate/theme_input.h"
#include "util/findings.h"

namespace reltheme::cli {

/// Prints the read errors and diagnostics of `f` to standard error.
void print_findings(const Findings& f);

/// Themes for simulation pass the `validate` rules, with the project file's
/// severities; a theme with errors is not simulated.
ThemeSource validated_themes(const ProjectConfig& config, const YamlLimits& limits);

/// Loads the model and its theme, printing why not.
std::optional<ModelInput> model_input(const std::string& model,
                                      const std::vector<std::string>& inputs,
                                      const ProjectConfig& config);

/// Prints a simulate or analyze result (report/simulation_report.h).
template <class Result>
bool emit_result(const OutputRegistry<Result, HumanOptions>& registry, const Result& result,
                 const OutputOptions& o, const std::string& command) {
    HumanOptions terminal;
    terminal.color = use_color(o.color);
    terminal.quiet = o.quiet;
    HumanOptions file = terminal;
    file.color = false;
    return emit(registry, result, o, terminal, file, command);
}

}  // namespace reltheme::cli
