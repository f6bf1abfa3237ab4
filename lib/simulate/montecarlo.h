#pragma once
/// Monte Carlo of many deals through a chain, and the forecast of today's open
/// deals. Work is split by deal index into fixed blocks, each with its own
/// seeded random stream; every statistic is an integer (counts, fixed-point
/// sums, histogram bins), so the report is the same byte for byte whatever
/// the number of threads.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "simulate/chain.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

/// Stage visits one simulated deal may make before it is stopped and counted as
/// capped (a loop the model leaves only with a tiny probability would run for
/// ever otherwise; `analyze` has the exact figures of such a loop).
inline constexpr std::uint64_t k_max_stage_visits = 10000;

struct McOptions {
    std::uint64_t deals = 100000;
    std::uint64_t seed = 1;
    int jobs = 1;
};

/// Mean and percentiles of a duration, in calendar days.
struct DaysSummary {
    std::uint64_t count = 0;
    double mean = 0, p50 = 0, p90 = 0, p99 = 0;
};

struct McStage {
    std::string id;
    double visits_per_deal = 0;  ///< mean number of entries per deal
    double days_per_deal = 0;    ///< mean calendar days a deal spends here, all visits
    std::optional<std::string> deadline;
    double deadline_breach_share =
        0;                      ///< share of all deals that overstayed the deadline at least once
    double lost_share = 0;      ///< share of all deals lost on leaving this stage
    std::optional<double> wip;  ///< mean deals in the stage (arrivals x days per deal)
};

struct McReport {
    std::string theme_id;
    std::uint64_t deals = 0, seed = 0, won = 0, lost = 0;
    /// Deals stopped after k_max_stage_visits visits, neither won nor lost;
    /// they are left out of the days to close.
    std::uint64_t capped = 0;
    double win_rate = 0, ci_low = 0, ci_high = 0;
    DaysSummary days_to_close, days_to_win, days_to_lose;
    std::optional<std::string> max_duration;
    double max_duration_breach_share = 0;
    std::optional<double> arrivals_per_day;
    std::optional<double> wip_total;
    std::vector<McStage> stages;
};

McReport run_monte_carlo(const Chain& chain, const McOptions& options);

/// Wilson score interval of a proportion at 95%.
void wilson_interval(std::uint64_t successes, std::uint64_t n, double& low, double& high);

/// A deal open today: its stage and how long it has been there.
struct OpenDeal {
    std::string id;
    int stage = 0;
    double days_in_stage = 0;
};

/// Reads `deal id, stage, days in stage` lines (`#` comments and blank lines
/// allowed; the first other line may be a header); days are decimal numbers;
/// a deal listed twice is an error. Findings go to `sink`.
std::optional<std::vector<OpenDeal>> parse_pipeline(const SourceText& csv, const Chain& chain,
                                                    DiagnosticSink& sink);

struct ForecastOptions {
    std::uint64_t runs = 10000;
    std::uint64_t seed = 1;
    int jobs = 1;
    double horizon_days = 30;
    double today = 0;  ///< days since a Monday 00:00 (the weekday matters for business days)
};

struct Forecast {
    std::uint64_t runs = 0;
    double horizon_days = 0;
    std::size_t open_deals = 0;
    double expected_wins = 0;
    std::uint64_t p10 = 0, p50 = 0, p90 = 0;
    std::vector<double> win_probability;  ///< per open deal: won within the horizon
};

Forecast run_forecast(const Chain& chain, const std::vector<OpenDeal>& deals,
                      const ForecastOptions& options);

}  // namespace reltheme
