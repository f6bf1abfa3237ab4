#include "simulate/markov.h"

#include <cmath>
#include <utility>

#include "i18n/messages.h"

namespace reltheme {

std::optional<Matrix> invert(const Matrix& a) {
    const std::size_t n = a.size();
    Matrix m = a;
    Matrix inv(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i) inv[i][i] = 1.0;
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
            if (std::fabs(m[row][col]) > std::fabs(m[pivot][col])) pivot = row;
        }
        if (std::fabs(m[pivot][col]) < 1e-12) return std::nullopt;
        std::swap(m[pivot], m[col]);
        std::swap(inv[pivot], inv[col]);
        const double p = m[col][col];
        for (std::size_t k = 0; k < n; ++k) {
            m[col][k] /= p;
            inv[col][k] /= p;
        }
        for (std::size_t row = 0; row < n; ++row) {
            if (row == col || m[row][col] == 0.0) continue;
            const double f = m[row][col];
            for (std::size_t k = 0; k < n; ++k) {
                m[row][k] -= f * m[col][k];
                inv[row][k] -= f * inv[col][k];
            }
        }
    }
    return inv;
}

Matrix multiply(const Matrix& a, const Matrix& b) {
    const std::size_t rows = a.size(), inner = b.size(), cols = b.empty() ? 0 : b[0].size();
    Matrix out(rows, std::vector<double>(cols, 0.0));
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t k = 0; k < inner; ++k) {
            for (std::size_t j = 0; j < cols; ++j) out[i][j] += a[i][k] * b[k][j];
        }
    }
    return out;
}

double mean_calendar_days(const Distribution& d) {
    if (!d.business) return d.mean();
    // Average the calendar length over start moments every 15 minutes of a
    // week and over the distribution's quantiles (midpoint rule).
    constexpr int k_starts = 7 * 96;
    const int quantiles = d.kind == DistKind::Fixed ? 1 : 4000;
    double sum = 0;
    for (int q = 0; q < quantiles; ++q) {
        const double x = d.quantile((q + 0.5) / quantiles);
        for (int s = 0; s < k_starts; ++s) {
            const double t = (s + 0.5) / 96.0;
            sum += business_advance(t, x) - t;
        }
    }
    return sum / (static_cast<double>(quantiles) * k_starts);
}

std::optional<MarkovResult> analyze_chain(const Chain& chain, std::string& error) {
    const std::size_t n = chain.stages.size();
    MarkovResult r;
    r.q.assign(n, std::vector<double>(n, 0.0));
    r.r.assign(n, std::vector<double>(n + 1, 0.0));
    for (std::size_t i = 0; i < n; ++i) {
        const ChainStage& s = chain.stages[i];
        r.stages.push_back(s.id);
        for (std::size_t k = 0; k < s.next.size(); ++k)
            r.q[i][static_cast<std::size_t>(s.next[k])] += s.next_prob[k];
        r.r[i][0] = s.won;
        r.r[i][1 + i] = s.lost;
        r.mean_days.push_back(mean_calendar_days(s.duration));
    }
    Matrix i_minus_q(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) i_minus_q[i][j] = (i == j ? 1.0 : 0.0) - r.q[i][j];
    }
    auto inv = invert(i_minus_q);
    if (!inv) {
        error = i18n::message("markov.singular");
        return std::nullopt;
    }
    r.n = std::move(*inv);
    r.b = multiply(r.n, r.r);
    for (std::size_t i = 0; i < n; ++i) {
        r.win_probability.push_back(r.b[i][0]);
        double days = 0;
        for (std::size_t j = 0; j < n; ++j) days += r.n[i][j] * r.mean_days[j];
        r.expected_days.push_back(days);
    }
    r.expected_visits = r.n[0];
    for (std::size_t j = 0; j < n; ++j) r.lost_at.push_back(r.b[0][1 + j]);
    return r;
}

}  // namespace reltheme
