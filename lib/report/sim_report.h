#pragma once
/// Reports of `simulate --model` (Monte Carlo, forecast) and `analyze`:
/// readable tables and JSON (schemas/simulate.schema.json,
/// schemas/analyze.schema.json).
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "simulate/markov.h"
#include "simulate/montecarlo.h"

namespace reltheme {

struct ReportSource {
    std::string theme_file;
    std::string model_file;
};

void print_mc_human(std::ostream& out, const McReport& r, const ReportSource& src);
nlohmann::ordered_json mc_json(const McReport& r, const ReportSource& src);

void print_forecast_human(std::ostream& out, const Forecast& f, const std::vector<OpenDeal>& deals,
                          const Chain& chain, const ReportSource& src);
nlohmann::ordered_json forecast_json(const Forecast& f, const std::vector<OpenDeal>& deals,
                                     const Chain& chain, const ReportSource& src);

void print_analyze_human(std::ostream& out, const MarkovResult& m, const Chain& chain,
                         const ReportSource& src);
nlohmann::ordered_json analyze_json(const MarkovResult& m, const Chain& chain,
                                    const ReportSource& src);

}  // namespace reltheme
