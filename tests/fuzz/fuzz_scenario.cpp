// libFuzzer target: arbitrary bytes as a scenario against the standard sample
// theme, and as a model file for a short Monte Carlo run. The input is split
// at the first NUL byte: scenario text, then model text.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "load/theme_loader.h"
#include "simulate/chain.h"
#include "simulate/model.h"
#include "simulate/montecarlo.h"
#include "simulate/scenario_run.h"

namespace {

const std::filesystem::path k_samples = RELTHEME_SOURCE_DIR "/samples/scenarios/fuzz.yaml";

const reltheme::Theme& standard_theme() {
    static const reltheme::SourceText source = [] {
        std::FILE* f = std::fopen(RELTHEME_SOURCE_DIR "/samples/themes/standard.yaml", "rb");
        std::string text;
        char buffer[4096];
        for (std::size_t n; f && (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;)
            text.append(buffer, n);
        if (f) std::fclose(f);
        return reltheme::SourceText("standard.yaml", text);
    }();
    static reltheme::DiagnosticSink sink("standard.yaml");
    static const reltheme::LoadedTheme loaded = reltheme::load_theme(source, sink);
    return *loaded.theme;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find('\0');
    const std::string scenario = input.substr(0, split);
    reltheme::ScenarioOptions options;
    options.limits.max_nodes = 100'000;
    options.limits.max_alias_expansion = 100'000;
    (void)reltheme::run_scenario_text(scenario, k_samples, options);

    if (split != std::string::npos) {
        const reltheme::SourceText model_text("model.yaml", input.substr(split + 1));
        reltheme::DiagnosticSink sink("model.yaml");
        const auto model = reltheme::load_model(model_text, sink, options.limits);
        if (model) {
            reltheme::DiagnosticSink chain_sink("model.yaml");
            const auto chain = reltheme::build_chain(standard_theme(), *model, chain_sink);
            if (chain) {
                reltheme::McOptions mc;
                mc.deals = 200;
                (void)reltheme::run_monte_carlo(*chain, mc);
            }
        }
    }
    return 0;
}
