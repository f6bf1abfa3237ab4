#include "cmd_simulate.h"

#include <charconv>
#include <filesystem>
#include <iostream>
#include <memory>

#include "i18n/messages.h"
#include "load/node_reader.h"
#include "report/sim_report.h"
#include "report/simulation_report.h"
#include "simulate/clock.h"
#include "simulate/discover.h"
#include "simulate/montecarlo.h"
#include "simulate/scenario_run.h"
#include "simulation_common.h"
#include "util/duration.h"
#include "util/file.h"
#include "util/utf8.h"

namespace reltheme::cli {
namespace {
namespace fs = std::filesystem;

int run_scenarios(const SimulateOptions& opts, const ProjectConfig& config) {
    const bool coverage = !opts.coverage.empty();
    std::vector<std::string> args = opts.inputs;
    if (coverage) args.insert(args.begin(), opts.coverage);
    const ScenarioDiscovery found =
        discover_scenarios(args, config, YamlLimits::from_environment().max_bytes);
    std::vector<RunFailure> failures = found.failures;
    const auto& files = found.files;
    if (files.empty() && failures.empty())
        failures.push_back({FailureReason::NoFiles, "", i18n::message("cli.no-scenarios")});
    // The human report lists them itself; a coverage report has no place
    // for them, so without one standard error says it all.
    if (coverage || opts.output.format != "human") {
        for (const auto& f : failures) print_error(f.message);
    }
    if (coverage && !failures.empty()) return k_exit_error;
    ScenarioOptions options;
    options.limits = YamlLimits::from_environment();
    options.themes = validated_themes(config, options.limits);
    std::vector<ScenarioResult> results;
    bool load_failed = false, failed = false;
    for (const auto& f : files) {
        ScenarioResult r = run_scenario_file(f, options);
        if (!r.loaded) {
            load_failed = true;
            print_findings(r.findings);
            print_error(i18n::message("cli.scenario-not-run", fmt::arg("file", r.display)));
        } else {
            print_findings(r.findings);
            failed = failed || !r.passed();
        }
        results.push_back(std::move(r));
    }
    const SimulationResult runs = ScenarioRuns{&results, coverage, &failures};
    if (!emit_result(simulation_outputs(), runs, opts.output, "simulate")) return k_exit_error;
    if (load_failed || !failures.empty()) return k_exit_error;
    return failed ? k_exit_findings : k_exit_ok;
}

/// "today" for the forecast: --today, else the current UTC time.
std::optional<Minutes> today_of(const std::string& text) {
    if (text.empty()) return now_utc();
    std::string why;
    auto t = parse_moment(text, &why);
    if (!t)
        print_error(i18n::message("cli.bad-option", fmt::arg("option", "--today"),
                                  fmt::arg("value", i18n::quoted(text)), fmt::arg("why", why)));
    return t;
}

int run_monte_carlo_command(const SimulateOptions& opts, const ProjectConfig& config) {
    const auto in = model_input(opts.model, opts.inputs, config);
    if (!in) return k_exit_error;
    const ReportSource src{in->theme_display, in->model_display};
    const int jobs = opts.jobs > 0 ? opts.jobs : default_jobs();
    if (!opts.pipeline.empty()) {
        std::string error;
        auto text = read_file(opts.pipeline, YamlLimits::from_environment().max_bytes, error);
        if (!text) {
            print_error(i18n::message("cli.cannot-read", fmt::arg("file", opts.pipeline),
                                      fmt::arg("error", error)));
            return k_exit_error;
        }
        const SourceText csv(display_path(opts.pipeline), strip_bom(std::move(*text)));
        DiagnosticSink sink(csv.path());
        const auto deals = parse_pipeline(csv, *in->chain, sink);
        HumanOptions human;
        for (const auto& d : sink.items()) print_diagnostic(std::cerr, d, &csv, human);
        if (!deals) return k_exit_error;
        DurationError why;
        const auto horizon = parse_duration(opts.horizon, &why);
        if (!horizon) {
            print_error(i18n::message("cli.bad-option", fmt::arg("option", "--horizon"),
                                      fmt::arg("value", i18n::quoted(opts.horizon)),
                                      fmt::arg("why", duration_error_text(why))));
            return k_exit_error;
        }
        const auto today = today_of(opts.today);
        if (!today) return k_exit_error;
        ForecastOptions fo;
        fo.runs = opts.runs;
        fo.seed = opts.seed;
        fo.jobs = jobs;
        fo.today = days_since_first_monday(*today);
        fo.horizon_days = advance_days(fo.today, *horizon) - fo.today;
        const Forecast f = run_forecast(*in->chain, *deals, fo);
        const SimulationResult forecast = ForecastRun{&f, &*deals, &*in->chain, src};
        const bool ok = emit_result(simulation_outputs(), forecast, opts.output, "simulate");
        return ok ? k_exit_ok : k_exit_error;
    }
    McOptions mo;
    mo.deals = opts.deals;
    mo.seed = opts.seed;
    mo.jobs = jobs;
    const McReport r = run_monte_carlo(*in->chain, mo);
    const SimulationResult mc = MonteCarloRun{&r, src};
    const bool ok = emit_result(simulation_outputs(), mc, opts.output, "simulate");
    return ok ? k_exit_ok : k_exit_error;
}

}  // namespace

int run_simulate(const SimulateOptions& opts) {
    const auto config = load_config(opts.config, {}, opts.no_ignore);
    if (!config) return k_exit_error;
    if (!opts.model.empty()) {
        if (!opts.coverage.empty()) {
            print_error(i18n::message("cli.coverage-no-model"));
            return k_exit_error;
        }
        return run_monte_carlo_command(opts, *config);
    }
    if (!opts.pipeline.empty()) {
        print_error(i18n::message("cli.pipeline-needs-model"));
        return k_exit_error;
    }
    if (opts.inputs.empty() && opts.coverage.empty()) {
        print_error(i18n::message("cli.simulate-what"));
        return k_exit_error;
    }
    return run_scenarios(opts, *config);
}

void setup_simulate(CLI::App& parent) {
    const auto [app, opts] = add_command<SimulateOptions>(
        parent, "simulate",
        "Run scripted scenarios against their theme, or a Monte Carlo of many deals",
        "Examples:\n"
        "  reltheme simulate samples/scenarios/\n"
        "  reltheme simulate --coverage samples/scenarios/\n"
        "  reltheme simulate samples/themes/standard.yaml --model samples/models/standard.yaml "
        "--deals 1000000\n"
        "  reltheme simulate --model samples/models/standard.yaml --pipeline open.csv --horizon "
        "30d\n"
        "See docs/simulation.md for the scenario and model formats.",
        run_simulate);
    app->add_option("inputs", opts->inputs,
                    "Scenario files or folders; with --model, the THEME (default: the model's)");
    app->add_option("--coverage", opts->coverage,
                    "Run every scenario in DIR and list what of each theme no scenario reached");
    app->add_option("--model", opts->model, "Monte Carlo model file (reltheme-model: 1)");
    app->add_option("--deals", opts->deals, "Number of simulated deals")
        ->default_str("100000")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 40));
    app->add_option("--seed", opts->seed, "Random seed: the same seed gives the same report")
        ->default_str("1")
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
                // Digits only: a sign or a value past 2^64-1 must not wrap round.
                std::uint64_t seed = 0;
                const char* end = value.data() + value.size();
                const auto [ptr, ec] = std::from_chars(value.data(), end, seed);
                if (value.empty() || ec != std::errc() || ptr != end)
                    return "the seed is a whole number from 0 to 18446744073709551615, not \"" +
                           printable(value) + "\"";
                return {};
            },
            "UINT64"));
    app->add_option("-j,--jobs", opts->jobs,
                    "Threads (default: all cores); the report does not depend on it")
        ->check(CLI::Range(1, 1024));
    app->add_option("--pipeline", opts->pipeline,
                    "CSV of open deals (deal id, stage, days in stage) to forecast");
    app->add_option("--horizon", opts->horizon, "Forecast horizon, a duration like 30d or 20bd")
        ->default_str("30d");
    app->add_option("--today", opts->today,
                    "The forecast's today, YYYY-MM-DD[THH:MM] (default: now, UTC)");
    app->add_option("--runs", opts->runs, "Forecast runs")
        ->default_str("10000")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 32));
    add_output_options(*app, opts->output, simulation_outputs().names());
    add_no_ignore_option(*app, opts->no_ignore);
    add_config_option(*app, opts->config);
}

}  // namespace reltheme::cli
