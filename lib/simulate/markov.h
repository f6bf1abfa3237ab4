#pragma once
/// The exact figures of a chain, as an absorbing Markov chain: Q the
/// stage-to-stage transition matrix, R stage-to-outcome (won, and lost at
/// each stage), N = (I - Q)^-1 the expected visits, B = N R the absorption
/// probabilities, N m the expected time to close (m the mean stage durations).
#include <optional>
#include <string>
#include <vector>

#include "simulate/chain.h"

namespace reltheme {

using Matrix = std::vector<std::vector<double>>;

/// The inverse of a square matrix by Gauss-Jordan elimination with partial
/// pivoting; nullopt when it is singular (a pivot below 1e-12).
std::optional<Matrix> invert(const Matrix& a);
Matrix multiply(const Matrix& a, const Matrix& b);

struct MarkovResult {
    std::vector<std::string> stages;
    Matrix q, r, n, b;                    ///< r and b columns: won, then lost at each stage
    std::vector<double> mean_days;        ///< m: mean calendar days per visit
    std::vector<double> win_probability;  ///< per starting stage
    std::vector<double> expected_days;    ///< per starting stage: N m
    std::vector<double> expected_visits;  ///< from the first stage: N[0]
    std::vector<double> lost_at;          ///< from the first stage: B[0][1 + j]
};

/// Mean calendar days of a duration distribution for a stage entered at a
/// moment spread evenly over the week (exact for calendar units; business
/// days averaged over start moments).
double mean_calendar_days(const Distribution& d);

std::optional<MarkovResult> analyze_chain(const Chain& chain, std::string& error);

}  // namespace reltheme
