// The floor for `reltheme simulate`: the chain of samples/models/standard.yaml
// hard-coded in one single-threaded loop with std::mt19937_64, summing two
// numbers (deals won and calendar days to close). No statistics, no
// histograms, no threads: what any Monte Carlo of this model must at least do.
//
//   bench_simulate_floor [DEALS]     (default 1000000)
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "simulate/model.h"  // normal_quantile: the same quantile the simulation draws with

using reltheme::normal_quantile;

namespace {

double uniform(std::mt19937_64& rng) {
    return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53;
}

// 3 business days after t (days since a Monday 00:00), weekends skipped.
double plus_3bd(double t) {
    const double day = std::floor(t);
    long long d = static_cast<long long>(day);
    long long wd = d % 7;
    if (wd >= 5) {
        d -= wd - 4;
        wd = 4;
    }
    return static_cast<double>(d + 3 + (wd + 3 > 4 ? 2 : 0)) + (t - day);
}

}  // namespace

int main(int argc, char** argv) {
    const std::uint64_t deals = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    std::mt19937_64 rng(1);
    const double sigma = std::log(3.0) / 1.2815515655446004;  // lognormal median 2d, p90 6d
    std::uint64_t won = 0;
    double days = 0;
    for (std::uint64_t i = 0; i < deals; ++i) {
        const double start = 7.0 * uniform(rng);
        double t = start;
        int stage = 0;  // new, intro, proposal, payment, shipment
        for (;;) {
            const double u = uniform(rng);
            const double v = uniform(rng);
            if (stage == 0) {
                t += -1.0 * std::log1p(-u);
                stage = 1;
            } else if (stage == 1) {
                t += 2.0 * std::exp(sigma * normal_quantile(u));
                if (v < 0.3) break;
                stage = 2;
            } else if (stage == 2) {
                t += 1.0 + 4.0 * u;
                if (v < 0.25) break;
                stage = v < 0.25 + 0.75 * 0.8 ? 3 : 1;
            } else if (stage == 3) {
                t = plus_3bd(t);
                if (v < 0.05) break;
                stage = 4;
            } else {
                t += u < 1.0 / 3.0 ? 1.0 + std::sqrt(u * 3.0 * 1.0)
                                   : 4.0 - std::sqrt((1 - u) * 3.0 * 2.0);
                ++won;
                break;
            }
        }
        days += t - start;
    }
    std::printf("%llu deals, %llu won, mean %.4f days\n", static_cast<unsigned long long>(deals),
                static_cast<unsigned long long>(won), days / static_cast<double>(deals));
    return 0;
}
