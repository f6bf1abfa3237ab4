#include "cmd_simulate.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include <chrono>
#include "catalogue/catalogue.h"
#include "check/engine.h"
#include "common.h"
#include "load/file_kind.h"
#include "report/human.h"

#include "report/sim_report.h"
#include "report/simulation_report.h"
#include "simulate/clock.h"
#include "simulate/markov.h"
#include "simulate/montecarlo.h"
#include "simulate/paths.h"
#include "simulate/scenario_run.h"
#include "simulate/theme_input.h"
#include "util/atomic_write.h"
#include "util/file.h"
#include "util/read_ledger.h"

namespace reltheme::cli {
namespace {
namespace fs = std::filesystem;

struct SimulateOptions {
    std::vector<std::string> inputs;
    std::string coverage;
    std::string model;
    std::uint64_t deals = 100000;
    std::uint64_t seed = 1;
    int jobs = 0;
    std::string pipeline;
    std::string horizon = "30d";
    std::string today;
    std::uint64_t runs = 10000;
    OutputOptions output;
    std::string config;
};

void print_findings(const Findings& f) {
    HumanOptions human;
    human.color = use_color("auto", STDERR_FILENO);
    for (const auto& file : f.files) {
        if (file.read_error) print_error("cannot read " + file.path + ": " + *file.read_error);
        for (const auto& d : file.diagnostics) print_diagnostic(std::cerr, d, &file.source, human);
    }
}

/// Themes for simulation pass the `validate` rules, with the project file's
/// severities; a theme with errors is not simulated.
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

/// Whether a file found in a folder is a scenario (`load/file_kind`: themes, models and deal files
/// in the same folder are skipped).
bool looks_like_scenario(const fs::path& p) {
    std::string error;
    const auto text = read_file(p, YamlLimits::from_environment().max_bytes, error);
    return text && file_kind(*text) == FileKind::Scenario;
}

/// Scenario files named on the command line: files as given, folders walked
/// for *.yaml / *.yml scenarios in name order (hidden entries skipped).
std::vector<fs::path> scenario_files(const std::vector<std::string>& args, bool& missing) {
    std::vector<fs::path> out;
    for (const auto& a : args) {
        std::error_code ec;
        if (fs::is_directory(a, ec)) {
            std::vector<fs::path> found;
            for (auto it = fs::recursive_directory_iterator(
                     a, fs::directory_options::skip_permission_denied, ec);
                 it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (ec) break;
                const std::string name = it->path().filename().string();
                if (name.starts_with(".")) {
                    if (it->is_directory()) it.disable_recursion_pending();
                    continue;
                }
                const auto ext = it->path().extension();
                if (it->is_regular_file() && (ext == ".yaml" || ext == ".yml") &&
                    looks_like_scenario(it->path())) {
                    found.push_back(it->path());
                }
            }
            std::sort(found.begin(), found.end());
            out.insert(out.end(), found.begin(), found.end());
        } else if (fs::exists(a, ec)) {
            out.emplace_back(a);
        } else {
            print_error("no such file or folder: " + a);
            missing = true;
        }
    }
    return out;
}

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

int run_scenarios(const SimulateOptions& opts, const ProjectConfig& config) {
    bool missing = false;
    const bool coverage = !opts.coverage.empty();
    std::vector<std::string> args = opts.inputs;
    if (coverage) args.insert(args.begin(), opts.coverage);
    const auto files = scenario_files(args, missing);
    if (missing) return k_exit_error;
    if (files.empty()) {
        print_error("no scenario files found");
        return k_exit_error;
    }
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
            print_error("scenario " + r.display + " cannot be run");
        } else {
            print_findings(r.findings);
            failed = failed || !r.passed();
        }
        results.push_back(std::move(r));
    }
    const SimulationResult runs = ScenarioRuns{&results, coverage};
    if (!emit_result(simulation_outputs(), runs, opts.output, "simulate")) return k_exit_error;
    if (load_failed) return k_exit_error;
    return failed ? k_exit_findings : k_exit_ok;
}

/// Loads the model and its theme, printing why not.
std::optional<ModelInput> model_input(const std::string& model,
                                      const std::vector<std::string>& inputs,
                                      const ProjectConfig& config) {
    if (inputs.size() > 1) {
        print_error("give one THEME with --model");
        return std::nullopt;
    }
    std::optional<fs::path> theme;
    if (!inputs.empty()) theme = inputs.front();
    const YamlLimits limits = YamlLimits::from_environment();
    ModelInput in = load_model_input(model, theme, validated_themes(config, limits), limits);
    print_findings(in.findings);
    if (!in.chain) {
        print_error("the model " + in.model_display + " cannot be used");
        return std::nullopt;
    }
    return in;
}

/// "today" for the forecast: --today, else the current UTC time.
std::optional<Minutes> today_of(const std::string& text) {
    if (text.empty()) {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        return std::chrono::duration_cast<std::chrono::minutes>(now).count();
    }
    std::string why;
    auto t = parse_moment(text, &why);
    if (!t) print_error("bad --today \"" + text + "\": " + why);
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
            print_error("cannot read " + opts.pipeline + ": " + error);
            return k_exit_error;
        }
        const SourceText csv(display_path(opts.pipeline), strip_bom(std::move(*text)));
        DiagnosticSink sink(csv.path());
        const auto deals = parse_pipeline(csv, *in->chain, sink);
        HumanOptions human;
        for (const auto& d : sink.items()) print_diagnostic(std::cerr, d, &csv, human);
        if (!deals) return k_exit_error;
        std::string why;
        const auto horizon = parse_duration(opts.horizon, &why);
        if (!horizon) {
            print_error("bad --horizon \"" + opts.horizon + "\": " + why);
            return k_exit_error;
        }
        const auto today = today_of(opts.today);
        if (!today) return k_exit_error;
        ForecastOptions fo;
        fo.runs = opts.runs;
        fo.seed = opts.seed;
        fo.jobs = jobs;
        // Days since a Monday 00:00 (1970-01-05).
        fo.today = static_cast<double>(*today) / k_minutes_per_day - 4.0;
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

int run_simulate(const SimulateOptions& opts) {
    const auto config = load_config(opts.config);
    if (!config) return k_exit_error;
    if (!opts.model.empty()) {
        if (!opts.coverage.empty()) {
            print_error("--coverage runs scenarios; it does not take --model");
            return k_exit_error;
        }
        return run_monte_carlo_command(opts, *config);
    }
    if (!opts.pipeline.empty()) {
        print_error("--pipeline needs --model");
        return k_exit_error;
    }
    if (opts.inputs.empty() && opts.coverage.empty()) {
        print_error(
            "give scenario files or folders, --coverage DIR, or THEME --model MODEL (see --help)");
        return k_exit_error;
    }
    return run_scenarios(opts, *config);
}

struct AnalyzeOptions {
    std::vector<std::string> inputs;
    std::string model;
    OutputOptions output;
    std::string config;
};

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

struct PathsOptions {
    std::string theme;
    std::string output;
    std::string start = "2026-03-02T09:00";
    std::string config;
};

/// The regular file standard output is redirected to, if it is one (Linux
/// names it in /proc/self/fd).
std::optional<fs::path> stdout_file() {
    struct stat st {};
    if (::fstat(STDOUT_FILENO, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    std::error_code ec;
    const fs::path target = fs::read_symlink("/proc/self/fd/1", ec);
    if (ec || !target.is_absolute()) return std::nullopt;
    // The link names the file we write to; make sure it still is that file.
    struct stat named {};
    if (::stat(target.c_str(), &named) != 0 || named.st_ino != st.st_ino ||
        named.st_dev != st.st_dev)
        return std::nullopt;
    return target;
}

int run_paths(const PathsOptions& opts) {
    const auto config = load_config(opts.config);
    if (!config) return k_exit_error;
    std::string why;
    const auto start = parse_moment(opts.start, &why);
    if (!start) {
        print_error("bad --start \"" + opts.start + "\": " + why);
        return k_exit_error;
    }
    const std::string display = display_path(opts.theme);
    ThemeInput in = validated_themes(*config, YamlLimits::from_environment())(opts.theme, display);
    if (!in.theme) {
        print_findings(in.findings);
        if (in.findings.errors == 0 && !in.findings.read_failed)
            print_error(display + " is not a theme file");
        print_error("the theme " + display + " cannot be used");
        return k_exit_error;
    }
    std::string error;
    // The theme path is written relative to the folder the scenario lands in:
    // -o FILE's, or the file standard output is redirected to (`> x.yaml`), or
    // else (a terminal, a pipe) the current folder.
    const auto theme_ref = [&](const fs::path& dir) {
        return fs::absolute(opts.theme)
            .lexically_normal()
            .lexically_relative(dir.lexically_normal())
            .generic_string();
    };
    if (opts.output.empty()) {
        const auto file = stdout_file();
        const std::string ref =
            file ? theme_ref(file->parent_path()) : fs::path(opts.theme).generic_string();
        const auto text = paths_scenario(*in.theme, ref, *start, error);
        if (!text) {
            print_error(error);
            return k_exit_error;
        }
        std::cout << *text;
        return k_exit_ok;
    }
    // The scenario file must not exist yet: paths never replaces a file.
    const auto text = paths_scenario(*in.theme, theme_ref(fs::absolute(opts.output).parent_path()),
                                     *start, error);
    bool exists = false;
    if (!text || !create_file_atomically(opts.output, *text, error, &exists)) {
        print_error(exists ? opts.output + " exists; paths does not overwrite files" : error);
        return k_exit_error;
    }
    return k_exit_ok;
}

}  // namespace

void setup_simulate(CLI::App& parent) {
    auto opts = std::make_shared<SimulateOptions>();
    CLI::App* app = parent.add_subcommand(
        "simulate", "Run scripted scenarios against their theme, or a Monte Carlo of many deals");
    app->footer(
        "Examples:\n"
        "  reltheme simulate samples/scenarios/\n"
        "  reltheme simulate --coverage samples/scenarios/\n"
        "  reltheme simulate samples/themes/standard.yaml --model samples/models/standard.yaml "
        "--deals 1000000\n"
        "  reltheme simulate --model samples/models/standard.yaml --pipeline open.csv --horizon "
        "30d\n"
        "See docs/simulation.md for the scenario and model formats.");
    app->add_option("inputs", opts->inputs,
                    "Scenario files or folders; with --model, the THEME (default: the model's)");
    app->add_option("--coverage", opts->coverage,
                    "Run every scenario in DIR and list what of each theme no scenario reached");
    app->add_option("--model", opts->model, "Monte Carlo model file (reltheme-model: 1)");
    app->add_option("--deals", opts->deals, "Number of simulated deals")
        ->default_str("100000")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 40));
    app->add_option("--seed", opts->seed, "Random seed: the same seed gives the same report")
        ->default_str("1");
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
    app->add_option("--config", opts->config,
                    "Project file (default: reltheme.yaml found upwards)");
    app->final_callback([opts] { throw CLI::RuntimeError(run_simulate(*opts)); });
}

void setup_analyze(CLI::App& parent) {
    auto opts = std::make_shared<AnalyzeOptions>();
    CLI::App* app = parent.add_subcommand("analyze",
                                          "Exact win and loss probabilities, visits and time to "
                                          "close of a model (absorbing Markov chain)");
    app->footer(
        "Examples:\n"
        "  reltheme analyze samples/themes/standard.yaml --model samples/models/standard.yaml\n"
        "  reltheme analyze --model samples/models/standard.yaml --format json");
    app->add_option("theme", opts->inputs, "Theme file (default: the one the model names)");
    app->add_option("--model", opts->model, "Model file (reltheme-model: 1)")->required();
    add_output_options(*app, opts->output, analysis_outputs().names());
    app->add_option("--config", opts->config,
                    "Project file (default: reltheme.yaml found upwards)");
    app->final_callback([opts] { throw CLI::RuntimeError(run_analyze(*opts)); });
}

void setup_paths(CLI::App& parent) {
    auto opts = std::make_shared<PathsOptions>();
    CLI::App* app = parent.add_subcommand("paths",
                                          "Print routes that together cover every transition and "
                                          "outcome, as a scenario to start from");
    app->footer(
        "Examples:\n"
        "  reltheme paths samples/themes/standard.yaml -o scenarios/standard-paths.yaml\n"
        "  reltheme paths samples/themes/standard.yaml > scenarios/standard-paths.yaml\n"
        "  reltheme paths themes/standard.yaml --start 2026-06-01T10:00\n"
        "The scenario's theme: path is relative to the file it is written to (-o FILE, or the\n"
        "file standard output is redirected to); on a terminal or a pipe, to the current "
        "folder.");
    app->add_option("theme", opts->theme, "Theme file")->required();
    app->add_option("-o,--output", opts->output,
                    "Write the scenario to FILE (theme path relative to it)");
    app->add_option("--start", opts->start, "The scenario's start moment")
        ->default_str("2026-03-02T09:00");
    app->add_option("--config", opts->config,
                    "Project file (default: reltheme.yaml found upwards)");
    app->final_callback([opts] { throw CLI::RuntimeError(run_paths(*opts)); });
}

}  // namespace reltheme::cli
