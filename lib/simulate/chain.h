#pragma once
/// A theme and a model compiled into the absorbing chain both Monte Carlo
/// and the exact analysis play: per stage a duration distribution, the
/// chance to be lost on leaving, and branch probabilities. Deals are absorbed
/// where the theme closes them (semantics/deal_life.h): on entering a final
/// stage under close: on-final-stage, at a payment stage under on-payment.
#include <optional>
#include <string>
#include <vector>

#include "model/theme.h"
#include "simulate/model.h"
#include "util/diagnostic.h"

namespace reltheme {

struct ChainStage {
    std::string id;
    Distribution duration;
    /// The route ends here (semantics/deal_life.h, StageClosing::ends_route):
    /// the deal closes on entering or on leaving, won or lost, never moves on.
    bool final = false;
    /// Probability of closing as lost on leaving (the model's `lost`, plus the
    /// mass of `next` weights that do not add up to 1).
    double lost = 0;
    /// Probability of closing as won on leaving (final stages: 1 - lost).
    double won = 0;
    std::vector<int> next;          ///< target stage indexes
    std::vector<double> next_prob;  ///< absolute probabilities (with lost and won they add to 1)
    std::optional<Duration> deadline;
};

struct Chain {
    std::string theme_id;
    std::vector<ChainStage> stages;
    std::optional<Duration> max_duration;
    std::optional<double> arrivals_per_day;
    /// Whether any duration or deadline counts business days (then deal
    /// start moments are spread over the week).
    bool uses_business = false;
};

/// Compiles the chain; mismatches between model and theme are reported in
/// the model file. Returns nullopt on an error.
std::optional<Chain> build_chain(const Theme& theme, const Model& model, DiagnosticSink& sink);

/// Moments in the Monte Carlo are days (fractions included) since a Monday
/// 00:00. The moment `k` whole business days after `t`, as util/duration.h's
/// advance() counts them (a weekend start counts from the Friday before).
double business_advance(double t, long long k);
/// `x` business days after `t`, fractions interpolated between the whole
/// business-day moments on either side (so integers agree with advance()).
double business_advance(double t, double x);
/// The calendar end of a duration `d` started at `t`.
double advance_days(double t, const Duration& d);

}  // namespace reltheme
