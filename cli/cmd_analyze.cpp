#include "cmd_analyze.h"

#include <memory>

#include "report/sim_report.h"
#include "report/simulation_report.h"
#include "simulate/markov.h"
#include "simulation_common.h"

namespace reltheme::cli {

int run_analyze(const AnalyzeOptions& opts) {
    const auto config = load_config(opts.config);
    if (!config) return k_exit_error;
    const auto in = model_input(opts.model, opts.inputs, *config);
    if (!in) return k_exit_error;
    std::string error;
    const auto m = analyze_chain(*in->chain, error);
    if (!m) {
        print_error(error);
        return k_exit_error;
    }
    const ReportSource src{in->theme_display, in->model_display};
    const bool ok = emit_result(analysis_outputs(), AnalysisResult{&*m, &*in->chain, src},
                                opts.output, "analyze");
    return ok ? k_exit_ok : k_exit_error;
}

void setup_analyze(CLI::App& parent) {
    const auto [app, opts] = add_command<AnalyzeOptions>(
        parent, "analyze",
        "Exact win and loss probabilities, visits and time to "
        "close of a model (absorbing Markov chain)",
        "Examples:\n"
        "  reltheme analyze samples/themes/standard.yaml --model samples/models/standard.yaml\n"
        "  reltheme analyze --model samples/models/standard.yaml --format json",
        run_analyze);
    app->add_option("theme", opts->inputs, "Theme file (default: the one the model names)");
    app->add_option("--model", opts->model, "Model file (reltheme-model: 1)")->required();
    add_output_options(*app, opts->output, analysis_outputs().names());
    add_config_option(*app, opts->config);
}

}  // namespace reltheme::cli
