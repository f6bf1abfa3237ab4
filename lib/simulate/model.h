#pragma once
/// Monte Carlo model files (`reltheme-model: 1`): the forecast assumptions
/// kept apart from the theme — how long deals stay in each stage, where they
/// are lost, branch weights, arrivals.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "load/yaml_doc.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

enum class DistKind { Fixed, Uniform, Triangular, Exponential, Lognormal };

const char* to_string(DistKind k);

/// A duration distribution. Parameters are in days: calendar days, or
/// business days when `business` is set (every parameter written in `bd`).
struct Distribution {
    DistKind kind = DistKind::Fixed;
    bool business = false;
    double a = 0;  ///< fixed: value; uniform/triangular: min; exponential: mean; lognormal: median
    double b = 0;  ///< uniform/triangular: max; lognormal: p90
    double c = 0;  ///< triangular: mode

    /// Quantile function: the value below which a share `u` of durations lie.
    double quantile(double u) const;
    /// Share of durations at or below `x`.
    double cdf(double x) const;
    /// Mean, in the distribution's own unit.
    double mean() const;
};

struct ModelStage {
    std::string id;
    Range range;
    Range id_range;
    std::optional<Distribution> duration;
    Range duration_range;
    double lost = 0;
    /// Branch weights given by the model (they replace the theme's for this stage).
    std::vector<std::pair<std::string, double>> next;
    std::vector<Range> next_ranges;
    Range next_range;
    bool has_next = false;
};

struct Model {
    std::string file;
    std::optional<std::string> theme;  ///< as written, relative to the model file
    Range theme_range;
    std::vector<ModelStage> stages;
    Range stages_range;
    std::optional<double> arrivals_per_day;
};

std::optional<Model> model_from_yaml(const YNode* root, const std::string& file,
                                     DiagnosticSink& sink);
std::optional<Model> load_model(const SourceText& source, DiagnosticSink& sink,
                                const YamlLimits& limits = YamlLimits{});

/// The standard normal quantile (Acklam's rational approximation, relative
/// error below 1.2e-9).
double normal_quantile(double p);

}  // namespace reltheme
