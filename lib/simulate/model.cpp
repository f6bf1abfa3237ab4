#include "simulate/model.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/file_kind.h"
#include "load/node_reader.h"
#include "load/rule_ids.h"
#include "util/duration.h"
#include "util/excerpt.h"

namespace reltheme {
namespace {

using Keys = std::vector<std::string>;
constexpr double k_z90 = 1.2815515655446004;  // the standard normal's 90th percentile

constexpr std::pair<const char*, DistKind> k_dists[] = {{"fixed", DistKind::Fixed},
                                                        {"uniform", DistKind::Uniform},
                                                        {"triangular", DistKind::Triangular},
                                                        {"exponential", DistKind::Exponential},
                                                        {"lognormal", DistKind::Lognormal}};

class ModelLoader {
  public:
    ModelLoader(const std::string& file, DiagnosticSink& sink) : m_file(file), m_r(sink) {}

    std::optional<Model> load(const YNode* root) {
        if (!read_marked_root(m_r, root, FileKind::Model)) return std::nullopt;
        static const Keys keys = {"reltheme-model", "name",   "description",
                                  "theme",          "stages", "arrivals"};
        m_r.check_keys(*root, keys, kind_subject(FileKind::Model));
        Model m;
        m.file = m_file;
        read_marker_version(m_r, *root, FileKind::Model);
        m_r.require(*root, "stages", kind_subject(FileKind::Model, "-the"));
        if (auto v = m_r.string(root->find("theme"), "theme")) {
            m.theme = v->value;
            m.theme_range = v->range;
        }
        m_r.string(root->find("name"), "name");
        m_r.string(root->find("description"), "description");
        if (const YNode* v = root->find("stages");
            v && m_r.expect_map(v, i18n::key_subject("stages"))) {
            m.stages_range = root->find_key("stages")->range;
            for (const auto& [k, val] : v->entries) read_stage(*k, val, m);
        }
        const auto arrivals = i18n::key_subject("arrivals");
        if (const YNode* v = root->find("arrivals"); v && m_r.expect_map(v, arrivals)) {
            static const Keys akeys = {"per_day"};
            m_r.check_keys(*v, akeys, arrivals);
            if (m_r.require(*v, "per_day", arrivals)) {
                if (auto x = number(v->find("per_day"), "per_day", false)) m.arrivals_per_day = *x;
            }
        }
        if (!m_r.ok()) return std::nullopt;
        return m;
    }

  private:
    std::optional<double> number(const YNode* n, std::string_view key, bool allow_zero) {
        const auto type = n->scalar_type();
        if (!n->is_scalar() || (type != ScalarType::Int && type != ScalarType::Float)) {
            m_r.error(n->range, i18n::message("sim-file.not-number", fmt::arg("key", key),
                                              fmt::arg("found", describe(n))));
            return std::nullopt;
        }
        const double v = std::strtod(n->value.c_str(), nullptr);
        if (!std::isfinite(v) || v < 0 || (!allow_zero && v == 0)) {
            m_r.error(n->range, i18n::message(allow_zero ? "sim-file.negative-number"
                                                         : "sim-file.not-positive",
                                              fmt::arg("key", key)));
            return std::nullopt;
        }
        return v;
    }

    /// A duration parameter: `3d`, `36h`, `5bd`, or 0 with a unit where allowed.
    std::optional<std::pair<double, bool>> days(const YNode* n, std::string_view key,
                                                bool allow_zero) {
        if (!n->is_scalar()) {
            m_r.error(n->range, i18n::message("schema.not-duration", fmt::arg("key", key),
                                              fmt::arg("found", describe(n))));
            return std::nullopt;
        }
        const std::string& v = n->value;
        if (allow_zero && v.size() >= 2 && v[0] == '0' &&
            v.find_first_not_of('0') != std::string::npos) {
            const std::string unit = v.substr(v.find_first_not_of('0'));
            if (unit == "m" || unit == "h" || unit == "d" || unit == "w")
                return std::pair{0.0, false};
            if (unit == "bd") return std::pair{0.0, true};
        }
        DurationError why;
        const auto d = parse_duration(v, &why);
        if (!d) {
            m_r.error(n->range, NodeReader::bad_duration(v, key, why));
            return std::nullopt;
        }
        if (d->is_business()) return std::pair{static_cast<double>(d->amount), true};
        return std::pair{static_cast<double>(d->calendar_minutes()) / k_minutes_per_day, false};
    }

    std::optional<Distribution> distribution(const YNode* n) {
        const auto duration = i18n::key_subject("duration");
        if (!m_r.expect_map(n, duration)) return std::nullopt;
        if (!m_r.require(*n, "dist", duration)) return std::nullopt;
        const auto kind = m_r.enumeration<DistKind>(n->find("dist"), "dist", k_dists);
        if (!kind) return std::nullopt;
        Distribution d;
        d.kind = kind->value;
        Keys keys;
        switch (d.kind) {
            case DistKind::Fixed:
                keys = {"value"};
                break;
            case DistKind::Uniform:
                keys = {"min", "max"};
                break;
            case DistKind::Triangular:
                keys = {"min", "mode", "max"};
                break;
            case DistKind::Exponential:
                keys = {"mean"};
                break;
            case DistKind::Lognormal:
                keys = {"median", "p90"};
                break;
        }
        Keys all = keys;
        all.insert(all.begin(), "dist");
        const auto what =
            i18n::subject("subject.distribution", fmt::arg("dist", to_string(d.kind)));
        m_r.check_keys(*n, all, what);
        std::vector<double> values;
        std::optional<bool> business;
        bool ok = true;
        for (const auto& key : keys) {
            if (!m_r.require(*n, key, what)) {
                ok = false;
                continue;
            }
            const YNode* v = n->find(key);
            const bool zero_ok = key == "min" || key == "mode";
            auto x = days(v, key, zero_ok);
            if (!x) {
                ok = false;
                continue;
            }
            if (business && *business != x->second) {
                m_r.error(v->range, i18n::message("model-file.mixed-units"));
                ok = false;
            }
            business = x->second;
            values.push_back(x->first);
        }
        if (!ok) return std::nullopt;
        d.business = business.value_or(false);
        switch (d.kind) {
            case DistKind::Fixed:
            case DistKind::Exponential:
                d.a = values[0];
                break;
            case DistKind::Uniform:
                d.a = values[0];
                d.b = values[1];
                if (!(d.a < d.b)) return fail(n, i18n::message("model-file.min-max"));
                break;
            case DistKind::Triangular:
                d.a = values[0];
                d.c = values[1];
                d.b = values[2];
                if (!(d.a < d.b) || d.c < d.a || d.c > d.b)
                    return fail(n, i18n::message("model-file.triangular"));
                break;
            case DistKind::Lognormal:
                d.a = values[0];
                d.b = values[1];
                if (!(d.b > d.a)) return fail(n, i18n::message("model-file.lognormal"));
                break;
        }
        return d;
    }

    std::optional<Distribution> fail(const YNode* n, const std::string& message) {
        m_r.error(n->range, message);
        return std::nullopt;
    }

    void read_stage(const YNode& key, const YNode* n, Model& m) {
        ModelStage s;
        s.id = key.value;
        s.id_range = key.range;
        s.range = n->range;
        for (const auto& other : m.stages) {
            if (other.id == s.id)
                m_r.error(key.range,
                          i18n::message("model-file.stage-twice",
                                        fmt::arg("stage", i18n::quoted(excerpt(s.id)))),
                          rule_id::k_duplicate_id);
        }
        const auto this_stage =
            i18n::subject("subject.model-stage-of", fmt::arg("stage", excerpt(s.id)));
        if (!m_r.expect_map(n, this_stage)) return;
        static const Keys keys = {"duration", "lost", "next"};
        m_r.check_keys(*n, keys, i18n::subject("subject.model-stage"));
        if (m_r.require(*n, "duration", this_stage)) {
            s.duration_range = n->find("duration")->range;
            s.duration = distribution(n->find("duration"));
        }
        if (auto p = m_r.probability(n->find("lost"), "lost")) s.lost = p->value;
        if (const YNode* v = n->find("next"); v && m_r.expect_map(v, i18n::key_subject("next"))) {
            s.has_next = true;
            s.next_range = v->range;
            double sum = 0;
            for (const auto& [k, p] : v->entries) {
                auto w = m_r.probability(p, k->value);
                if (!w) continue;
                s.next.emplace_back(k->value, w->value);
                s.next_ranges.push_back(k->range);
                sum += w->value;
            }
            if (sum > 1 + 1e-9)
                m_r.error(
                    v->range,
                    i18n::message(
                        "model-file.weights",
                        fmt::arg("sum", i18n::decimal_g(std::stod(fmt::format("{:.3g}", sum))))));
        }
        m.stages.push_back(std::move(s));
    }

    const std::string& m_file;
    NodeReader m_r;
};

}  // namespace

const char* to_string(DistKind k) {
    for (const auto& [name, kind] : k_dists) {
        if (kind == k) return name;
    }
    return "";
}

double normal_quantile(double p) {
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425, high = 1 - low;
    if (p <= 0) return -INFINITY;
    if (p >= 1) return INFINITY;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > high) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5, r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

double Distribution::quantile(double u) const {
    switch (kind) {
        case DistKind::Fixed:
            return a;
        case DistKind::Uniform:
            return a + u * (b - a);
        case DistKind::Triangular: {
            const double fc = (c - a) / (b - a);
            if (u < fc) return a + std::sqrt(u * (b - a) * (c - a));
            return b - std::sqrt((1 - u) * (b - a) * (b - c));
        }
        case DistKind::Exponential:
            return -a * std::log1p(-u);
        case DistKind::Lognormal: {
            const double sigma = std::log(b / a) / k_z90;
            return a * std::exp(sigma * normal_quantile(u));
        }
    }
    return a;
}

double Distribution::cdf(double x) const {
    switch (kind) {
        case DistKind::Fixed:
            return x >= a ? 1.0 : 0.0;
        case DistKind::Uniform:
            return std::clamp((x - a) / (b - a), 0.0, 1.0);
        case DistKind::Triangular:
            if (x <= a) return 0;
            if (x >= b) return 1;
            if (x <= c) return (x - a) * (x - a) / ((b - a) * (c - a));
            return 1 - (b - x) * (b - x) / ((b - a) * (b - c));
        case DistKind::Exponential:
            return x <= 0 ? 0 : 1 - std::exp(-x / a);
        case DistKind::Lognormal: {
            if (x <= 0) return 0;
            const double sigma = std::log(b / a) / k_z90;
            return 0.5 * std::erfc(-(std::log(x / a) / sigma) / std::sqrt(2.0));
        }
    }
    return 0;
}

double Distribution::mean() const {
    switch (kind) {
        case DistKind::Fixed:
            return a;
        case DistKind::Uniform:
            return (a + b) / 2;
        case DistKind::Triangular:
            return (a + b + c) / 3;
        case DistKind::Exponential:
            return a;
        case DistKind::Lognormal: {
            const double sigma = std::log(b / a) / k_z90;
            return a * std::exp(sigma * sigma / 2);
        }
    }
    return a;
}

std::optional<Model> model_from_yaml(const YNode* root, const std::string& file,
                                     DiagnosticSink& sink) {
    return ModelLoader(file, sink).load(root);
}

std::optional<Model> load_model(const SourceText& source, DiagnosticSink& sink,
                                const YamlLimits& limits) {
    auto doc = parse_yaml(source, sink, limits);
    if (!doc || sink.has_errors()) return std::nullopt;
    return model_from_yaml(doc->root(), source.path(), sink);
}

}  // namespace reltheme
