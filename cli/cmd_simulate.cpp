#include "cmd_simulate.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common.h"
#include "report/human.h"
#include "simulate/scenario_run.h"
#include "simulate/theme_input.h"

namespace reltheme::cli {
namespace {
namespace fs = std::filesystem;

struct SimulateOptions {
    std::vector<std::string> inputs;
    std::string coverage;
    OutputOptions output;
    std::string config;
};

void print_findings(const Findings& f) {
    HumanOptions human;
    human.color = use_color("auto") && ::isatty(STDERR_FILENO) == 1;
    for (const auto& file : f.files) {
        if (file.read_error) print_error("cannot read " + file.path + ": " + *file.read_error);
        for (const auto& d : file.diagnostics) print_diagnostic(std::cerr, d, &file.source, human);
    }
}

/// Scenario files named on the command line: files as given, folders walked
/// for *.yaml / *.yml in name order (hidden entries skipped).
std::vector<fs::path> scenario_files(const std::vector<std::string>& args, bool& missing) {
    std::vector<fs::path> out;
    for (const auto& a : args) {
        std::error_code ec;
        if (fs::is_directory(a, ec)) {
            std::vector<fs::path> found;
            for (auto it = fs::recursive_directory_iterator(a, fs::directory_options::skip_permission_denied, ec);
                 it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (ec) break;
                const std::string name = it->path().filename().string();
                if (name.starts_with(".")) {
                    if (it->is_directory()) it.disable_recursion_pending();
                    continue;
                }
                const auto ext = it->path().extension();
                if (it->is_regular_file() && (ext == ".yaml" || ext == ".yml")) found.push_back(it->path());
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
    options.config = config;
    options.limits = YamlLimits::from_environment();
    std::vector<ScenarioResult> results;
    bool load_failed = false, failed = false;
    nlohmann::json json_runs = nlohmann::json::array();
    for (const auto& f : files) {
        ScenarioResult r = run_scenario_file(f, options);
        if (!r.loaded) {
            load_failed = true;
            print_findings(r.findings);
            print_error("scenario " + r.display + " cannot be run");
        } else {
            failed = failed || !r.passed();
            if (!coverage && opts.output.format == "human") {
                if (!opts.output.quiet || !r.passed()) {
                    if (!results.empty()) std::cout << "\n";
                    print_scenario_human(std::cout, r);
                }
            }
        }
        if (!coverage && opts.output.format == "json") json_runs.push_back(scenario_json(r));
        results.push_back(std::move(r));
    }
    if (coverage) {
        const auto c = coverage_of(results);
        if (opts.output.format == "json") std::cout << coverage_json(c).dump(2) << "\n";
        else print_coverage_human(std::cout, c);
    } else if (opts.output.format == "json") {
        std::cout << nlohmann::json{{"version", 1}, {"scenarios", json_runs}}.dump(2) << "\n";
    } else if (results.size() > 1) {
        int passed = 0;
        for (const auto& r : results) passed += r.passed();
        std::cout << fmt::format("\n{} of {} scenarios passed\n", passed, results.size());
    }
    if (load_failed) return k_exit_error;
    return failed ? k_exit_findings : k_exit_ok;
}

int run_simulate(const SimulateOptions& opts) {
    const auto config = load_config(opts.config);
    if (!config) return k_exit_error;
    return run_scenarios(opts, *config);
}

}  // namespace

void setup_simulate(CLI::App& parent) {
    auto opts = std::make_shared<SimulateOptions>();
    CLI::App* app = parent.add_subcommand(
        "simulate", "Run scripted scenarios against their theme, or a Monte Carlo of many deals");
    app->footer("Examples:\n"
                "  reltheme simulate samples/scenarios/\n"
                "  reltheme simulate --coverage samples/scenarios/\n");
    app->add_option("inputs", opts->inputs, "Scenario files or folders");
    app->add_option("--coverage", opts->coverage,
                    "Run every scenario in DIR and list what of each theme no scenario reached");
    add_output_options(*app, opts->output, {"human", "json"});
    app->add_option("--config", opts->config, "Project file (default: reltheme.yaml found upwards)");
    app->final_callback([opts] { throw CLI::RuntimeError(run_simulate(*opts)); });
}

void setup_analyze(CLI::App&) {}
void setup_paths(CLI::App&) {}

}  // namespace reltheme::cli
