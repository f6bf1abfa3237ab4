#include "simulate/montecarlo.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/rule_ids.h"
#include "simulate/histogram.h"
#include "simulate/rng.h"
#include "util/excerpt.h"
#include "util/parallel.h"
#include "util/spelling.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

constexpr std::uint64_t k_block = 8192;    ///< deals per block (one random stream each)
constexpr double k_fixed_point = 65536.0;  ///< fixed-point units per day in sums
constexpr double k_z95 = 1.959963984540054;
constexpr double k_z90 = 1.2815515655446004;

/// Sums of fixed-point days. One deal lasts at most k_max_stage_visits samples
/// of at most 100 years (a business-day sample counts 7/5): 3.4e13 units, so a
/// 64-bit sum would overflow after some 270,000 such deals; 128 bits cannot.
__extension__ typedef __int128 FixedSum;

std::int64_t to_fixed(double days) {
    return static_cast<std::int64_t>(days * k_fixed_point + 0.5);
}

/// A stage flattened for the hot loop: plain numbers, no allocation, no
/// virtual calls.
struct FlatStage {
    DistKind kind = DistKind::Fixed;
    bool business = false;
    double a = 0, b = 0, c = 0;
    double sigma = 0, fc = 0;  ///< lognormal sigma; triangular mode quantile
    int deadline_kind = 0;     ///< 0 none, 1 calendar, 2 business days
    double deadline_days = 0;
    long long deadline_bd = 0;
    std::size_t first = 0, count = 0;  ///< range in the branch tables
};

/// Branch tables: cumulative thresholds and targets (-1 lost, -2 won).
struct Flat {
    std::vector<FlatStage> stages;
    std::vector<double> threshold;
    std::vector<int> target;
    int max_kind = 0;
    double max_days = 0;
    long long max_bd = 0;
};

Flat flatten(const Chain& chain) {
    Flat f;
    for (const auto& s : chain.stages) {
        FlatStage fs;
        fs.kind = s.duration.kind;
        fs.business = s.duration.business;
        fs.a = s.duration.a;
        fs.b = s.duration.b;
        fs.c = s.duration.c;
        if (fs.kind == DistKind::Lognormal) fs.sigma = std::log(fs.b / fs.a) / k_z90;
        if (fs.kind == DistKind::Triangular) fs.fc = (fs.c - fs.a) / (fs.b - fs.a);
        if (s.deadline) {
            if (s.deadline->is_business()) {
                fs.deadline_kind = 2;
                fs.deadline_bd = s.deadline->amount;
            } else {
                fs.deadline_kind = 1;
                fs.deadline_days =
                    static_cast<double>(s.deadline->calendar_minutes()) / k_minutes_per_day;
            }
        }
        fs.first = f.threshold.size();
        double cum = 0;
        auto add = [&](double p, int target) {
            if (p <= 0) return;
            cum += p;
            f.threshold.push_back(cum);
            f.target.push_back(target);
        };
        add(s.lost, -1);
        for (std::size_t k = 0; k < s.next.size(); ++k) add(s.next_prob[k], s.next[k]);
        add(s.won, -2);
        fs.count = f.threshold.size() - fs.first;
        if (fs.count > 0) f.threshold.back() = 2.0;  // the last branch takes any rounding left
        f.stages.push_back(fs);
    }
    if (chain.max_duration) {
        if (chain.max_duration->is_business()) {
            f.max_kind = 2;
            f.max_bd = chain.max_duration->amount;
        } else {
            f.max_kind = 1;
            f.max_days =
                static_cast<double>(chain.max_duration->calendar_minutes()) / k_minutes_per_day;
        }
    }
    return f;
}

inline double sample_unbounded(const FlatStage& s, double u) {
    switch (s.kind) {
        case DistKind::Fixed:
            return s.a;
        case DistKind::Uniform:
            return s.a + u * (s.b - s.a);
        case DistKind::Triangular:
            return u < s.fc ? s.a + std::sqrt(u * (s.b - s.a) * (s.c - s.a))
                            : s.b - std::sqrt((1 - u) * (s.b - s.a) * (s.b - s.c));
        case DistKind::Exponential:
            return -s.a * std::log1p(-u);
        case DistKind::Lognormal:
            return s.a * std::exp(s.sigma * normal_quantile(u));
    }
    return s.a;
}

/// A stage's sampled duration (days, or business days), at most 100 years: a
/// lognormal or exponential tail draws far past it, and every later sum and
/// conversion relies on the bound.
inline double sample(const FlatStage& s, double u) {
    static const double k_longest_days = static_cast<double>(k_max_duration_days);
    static const double k_longest_bd =
        static_cast<double>(max_duration_amount(DurationUnit::BusinessDays));
    const double longest = s.business ? k_longest_bd : k_longest_days;
    const double d = sample_unbounded(s, u);
    return d < longest ? d : longest;  // NaN, too, becomes the bound
}

/// Integer statistics of many deals; one per thread, on cache lines of its own.
struct alignas(64) Stats {
    explicit Stats(std::size_t n) : visits(n), breach(n), lost_at(n), time(n), stamp(n, 0) {}

    std::uint64_t deals = 0, won = 0, lost = 0, capped = 0, max_breach = 0;
    std::vector<std::uint64_t> visits, breach, lost_at;
    std::vector<FixedSum> time;
    FixedSum sum_all = 0, sum_won = 0, sum_lost = 0;
    DurationHistogram all, won_h, lost_h;
    std::vector<std::uint64_t> stamp;  ///< per stage: last deal (index + 1) counted as breaching

    void merge(const Stats& o) {
        deals += o.deals;
        won += o.won;
        lost += o.lost;
        capped += o.capped;
        max_breach += o.max_breach;
        for (std::size_t i = 0; i < visits.size(); ++i) {
            visits[i] += o.visits[i];
            breach[i] += o.breach[i];
            lost_at[i] += o.lost_at[i];
            time[i] += o.time[i];
        }
        sum_all += o.sum_all;
        sum_won += o.sum_won;
        sum_lost += o.sum_lost;
        all.merge(o.all);
        won_h.merge(o.won_h);
        lost_h.merge(o.lost_h);
    }
};

/// How a played deal ended.
enum class End { Won, Lost, Capped };

/// Plays one deal from `stage`, entered at `entered`, leaving at `first_exit`
/// if given; returns the closing moment (or the last exit of a capped deal),
/// sets `end` and, for a lost deal, `lost_stage`.
struct Player {
    const Flat& f;

    template <class OnVisit>
    double play(Xoshiro256& rng, int stage, double t, double first_exit, End& end, int& lost_stage,
                OnVisit&& on_visit) const {
        int s = stage;
        bool first = first_exit >= 0;
        for (std::uint64_t visit = 0;; ++visit, first = false) {
            if (visit == k_max_stage_visits) {
                end = End::Capped;
                return t;
            }
            const FlatStage& fs = f.stages[static_cast<std::size_t>(s)];
            double exit;
            if (first) {
                exit = first_exit;
            } else {
                const double d = sample(fs, rng.uniform());
                exit = fs.business ? business_advance(t, d) : t + d;
            }
            on_visit(s, fs, t, exit);
            t = exit;
            const double u = rng.uniform();
            std::size_t k = fs.first;
            const std::size_t last = fs.first + fs.count - 1;
            while (k < last && u >= f.threshold[k]) ++k;
            const int target = f.target[k];
            if (target == -2) {
                end = End::Won;
                return t;
            }
            if (target == -1) {
                end = End::Lost;
                lost_stage = s;
                return t;
            }
            s = target;
        }
    }
};

DaysSummary summary(const DurationHistogram& h, FixedSum sum) {
    DaysSummary d;
    d.count = h.count();
    if (d.count == 0) return d;
    d.mean = static_cast<double>(sum) / k_fixed_point / static_cast<double>(d.count);
    d.p50 = h.quantile_days(0.50);
    d.p90 = h.quantile_days(0.90);
    d.p99 = h.quantile_days(0.99);
    return d;
}

}  // namespace

void wilson_interval(std::uint64_t successes, std::uint64_t n, double& low, double& high) {
    if (n == 0) {
        low = 0;
        high = 1;
        return;
    }
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(successes) / nn;
    const double z2 = k_z95 * k_z95;
    const double denom = 1 + z2 / nn;
    const double centre = (p + z2 / (2 * nn)) / denom;
    const double half = k_z95 * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / denom;
    low = std::max(0.0, centre - half);
    high = std::min(1.0, centre + half);
}

McReport run_monte_carlo(const Chain& chain, const McOptions& options) {
    const Flat flat = flatten(chain);
    const std::size_t n = chain.stages.size();
    const std::uint64_t blocks = (options.deals + k_block - 1) / k_block;
    const int threads = worker_count(blocks, options.jobs);
    std::vector<Stats> per_thread(static_cast<std::size_t>(threads), Stats(n));
    const Player player{flat};
    const bool spread = chain.uses_business;

    parallel_for(blocks, threads, [&](int thread, std::uint64_t block) {
        Stats& st = per_thread[static_cast<std::size_t>(thread)];
        Xoshiro256 rng(options.seed, block);
        const std::uint64_t begin = block * k_block;
        const std::uint64_t end = std::min(options.deals, begin + k_block);
        for (std::uint64_t deal = begin; deal < end; ++deal) {
            const std::uint64_t stamp = deal + 1;
            // Deals start at a moment spread over the week when weekends matter.
            const double start = spread ? 7.0 * rng.uniform() : 0.0;
            End end = End::Lost;
            int lost_stage = -1;
            const double close =
                player.play(rng, 0, start, -1.0, end, lost_stage,
                            [&](int s, const FlatStage& fs, double t, double exit) {
                                const std::size_t i = static_cast<std::size_t>(s);
                                ++st.visits[i];
                                st.time[i] += to_fixed(exit - t);
                                if (fs.deadline_kind != 0) {
                                    const double due = fs.deadline_kind == 1
                                                           ? t + fs.deadline_days
                                                           : business_advance(t, fs.deadline_bd);
                                    if (exit > due + 1e-9 && st.stamp[i] != stamp) {
                                        st.stamp[i] = stamp;
                                        ++st.breach[i];
                                    }
                                }
                            });
            const double days = close - start;
            ++st.deals;
            // A capped deal is still open at its last exit: past max_duration
            // if that is later than the deadline.
            if (flat.max_kind != 0) {
                const double due = flat.max_kind == 1 ? start + flat.max_days
                                                      : business_advance(start, flat.max_bd);
                if (close > due + 1e-9) ++st.max_breach;
            }
            if (end == End::Capped) {
                ++st.capped;
                continue;
            }
            st.all.add_days(days);
            const std::int64_t fixed = to_fixed(days);
            st.sum_all += fixed;
            if (end == End::Won) {
                ++st.won;
                st.won_h.add_days(days);
                st.sum_won += fixed;
            } else {
                ++st.lost;
                ++st.lost_at[static_cast<std::size_t>(lost_stage)];
                st.lost_h.add_days(days);
                st.sum_lost += fixed;
            }
        }
    });
    Stats total(n);
    for (const auto& s : per_thread) total.merge(s);

    McReport r;
    r.theme_id = chain.theme_id;
    r.deals = total.deals;
    r.seed = options.seed;
    r.won = total.won;
    r.lost = total.lost;
    r.capped = total.capped;
    const double nd = std::max<double>(1.0, static_cast<double>(total.deals));
    r.win_rate = static_cast<double>(total.won) / nd;
    wilson_interval(total.won, total.deals, r.ci_low, r.ci_high);
    r.days_to_close = summary(total.all, total.sum_all);
    r.days_to_win = summary(total.won_h, total.sum_won);
    r.days_to_lose = summary(total.lost_h, total.sum_lost);
    if (chain.max_duration) {
        r.max_duration = chain.max_duration->to_string();
        r.max_duration_breach_share = static_cast<double>(total.max_breach) / nd;
    }
    r.arrivals_per_day = chain.arrivals_per_day;
    double wip_total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        McStage s;
        s.id = chain.stages[i].id;
        s.visits_per_deal = static_cast<double>(total.visits[i]) / nd;
        s.days_per_deal = static_cast<double>(total.time[i]) / k_fixed_point / nd;
        if (chain.stages[i].deadline) s.deadline = chain.stages[i].deadline->to_string();
        s.deadline_breach_share = static_cast<double>(total.breach[i]) / nd;
        s.lost_share = static_cast<double>(total.lost_at[i]) / nd;
        if (chain.arrivals_per_day) {
            // Little's law: deals in the stage = arrival rate x time each deal spends there.
            s.wip = *chain.arrivals_per_day * s.days_per_deal;
            wip_total += *s.wip;
        }
        r.stages.push_back(s);
    }
    if (chain.arrivals_per_day) r.wip_total = wip_total;
    return r;
}

namespace {

/// Days in stage as a spreadsheet writes them: digits with an optional
/// fraction after a point or a comma ("3", "2.5", "2,5"). Hexadecimal,
/// exponents, signs, "inf" and "nan" are refused.
std::optional<double> decimal_days(const std::string& text) {
    std::size_t i = 0, digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
    if (digits == 0) return std::nullopt;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        ++i;
        std::size_t fraction = 0;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
            ++i, ++fraction;
        if (fraction == 0) return std::nullopt;
    }
    if (i != text.size()) return std::nullopt;
    std::string point = text;
    std::replace(point.begin(), point.end(), ',', '.');
    return std::strtod(point.c_str(), nullptr);
}

bool unquoted_semicolon(std::string_view line) {
    bool quoted = false;
    for (const char ch : line) {
        if (ch == '"') quoted = !quoted;
        if (ch == ';' && !quoted) return true;
    }
    return false;
}

/// Whether a cell starts like a number (a digit, a sign, a point): such a
/// cell on the first line is a bad value, not a header.
bool looks_numeric(const std::string& text) {
    return !text.empty() && (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '-' ||
                             text[0] == '+' || text[0] == '.');
}

}  // namespace

std::optional<std::vector<OpenDeal>> parse_pipeline(const SourceText& csv, const Chain& chain,
                                                    DiagnosticSink& sink) {
    std::vector<OpenDeal> out;
    std::unordered_map<std::string, int> first_line_of;  // deal id -> its line
    bool data_seen = false;
    std::vector<std::string> ids;
    for (const auto& s : chain.stages) ids.push_back(s.id);
    bool ok = true;
    for (int line = 1; line <= csv.line_count(); ++line) {
        const std::string_view text = csv.line(line);
        // Split on commas (or semicolons), honouring double quotes.
        std::vector<std::pair<std::string, int>> cells;  // value, 1-based column
        std::string cell;
        bool quoted = false;
        int column = 1, cell_column = 1;
        // Semicolons when the line has one outside quotes (spreadsheets in
        // locales with a decimal comma write `D-1;intro;2,5`), else commas.
        const char sep = unquoted_semicolon(text) ? ';' : ',';
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char ch = text[i];
            if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++column;
            if (quoted) {
                if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell += ch;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == sep) {
                cells.emplace_back(cell, cell_column);
                cell.clear();
                cell_column = column;
            } else {
                cell += ch;
            }
        }
        cells.emplace_back(cell, cell_column);
        for (auto& [v, col] : cells) {
            const auto b = v.find_first_not_of(" \t\r");
            const auto e = v.find_last_not_of(" \t\r");
            v = b == std::string::npos ? std::string() : v.substr(b, e - b + 1);
        }
        if (cells.size() == 1 && cells[0].first.empty()) continue;
        if (!cells[0].first.empty() && cells[0].first[0] == '#') continue;
        auto range_of = [&](std::size_t k) {
            const int col = k < cells.size() ? cells[k].second : 1;
            const int len = k < cells.size()
                                ? std::max<int>(1, static_cast<int>(utf8_length(cells[k].first)))
                                : 1;
            return Range{{line, col}, {line, col + len}};
        };
        if (cells.size() != 3) {
            sink.report(
                "schema", Severity::Error, range_of(0),
                i18n::message("pipeline.fields",
                              fmt::arg("fields", i18n::count(static_cast<long long>(cells.size()),
                                                             "noun.csv-field"))));
            ok = false;
            continue;
        }
        const std::optional<double> days = decimal_days(cells[2].first);
        // The first line that is not blank or a comment may be a header.
        const bool first_line = !data_seen;
        data_seen = true;
        const bool known_stage = std::find(ids.begin(), ids.end(), cells[1].first) != ids.end();
        if (!days && first_line && !known_stage && !looks_numeric(cells[2].first))
            continue;  // a header line
        if (!days) {
            sink.report("schema", Severity::Error, range_of(2),
                        i18n::message("pipeline.days",
                                      fmt::arg("found", i18n::quoted(excerpt(cells[2].first)))));
            ok = false;
            continue;
        }
        if (*days > static_cast<double>(k_max_duration_days)) {
            sink.report("schema", Severity::Error, range_of(2),
                        i18n::message("pipeline.days-max", fmt::arg("max", k_max_duration_days),
                                      fmt::arg("found", printable(cells[2].first))));
            ok = false;
            continue;
        }
        if (const auto [first, fresh] = first_line_of.emplace(cells[0].first, line); !fresh) {
            sink.report(rule_id::k_duplicate_id, Severity::Error, range_of(0),
                        i18n::message("pipeline.twice",
                                      fmt::arg("deal", i18n::quoted(excerpt(cells[0].first))),
                                      fmt::arg("line", first->second)));
            ok = false;
            continue;
        }
        const auto it = std::find(ids.begin(), ids.end(), cells[1].first);
        if (it == ids.end()) {
            std::string message =
                i18n::message("chain.no-stage", fmt::arg("theme", chain.theme_id),
                              fmt::arg("stage", i18n::quoted(excerpt(cells[1].first))));
            message += i18n::did_you_mean(closest_match(cells[1].first, ids));
            sink.report(rule_id::k_unknown_stage, Severity::Error, range_of(1), message);
            ok = false;
            continue;
        }
        out.push_back(OpenDeal{cells[0].first, static_cast<int>(it - ids.begin()), *days});
    }
    if (!ok) return std::nullopt;
    return out;
}

Forecast run_forecast(const Chain& chain, const std::vector<OpenDeal>& deals,
                      const ForecastOptions& options) {
    const Flat flat = flatten(chain);
    const Player player{flat};
    constexpr std::uint64_t k_runs_per_block = 64;
    const std::uint64_t blocks = (options.runs + k_runs_per_block - 1) / k_runs_per_block;
    const int threads = worker_count(blocks, options.jobs);
    struct Acc {
        std::vector<std::uint64_t> wins_hist;  // runs by number of wins
        std::vector<std::uint64_t> deal_wins;  // per deal: runs where it won in time
    };
    std::vector<Acc> acc(static_cast<std::size_t>(threads),
                         Acc{std::vector<std::uint64_t>(deals.size() + 1, 0),
                             std::vector<std::uint64_t>(deals.size(), 0)});
    const double now = options.today;
    const double horizon_end = now + options.horizon_days;
    parallel_for(blocks, threads, [&](int thread, std::uint64_t block) {
        Acc& a = acc[static_cast<std::size_t>(thread)];
        Xoshiro256 rng(options.seed, block);
        const std::uint64_t begin = block * k_runs_per_block;
        const std::uint64_t end = std::min(options.runs, begin + k_runs_per_block);
        for (std::uint64_t run = begin; run < end; ++run) {
            std::size_t wins = 0;
            for (std::size_t i = 0; i < deals.size(); ++i) {
                const OpenDeal& d = deals[i];
                const FlatStage& fs = flat.stages[static_cast<std::size_t>(d.stage)];
                const ChainStage& cs = chain.stages[static_cast<std::size_t>(d.stage)];
                // The time left in the current stage, given the time already spent.
                const double entered = now - d.days_in_stage;
                const double elapsed = fs.business ? d.days_in_stage * 5.0 / 7.0 : d.days_in_stage;
                const double done = cs.duration.cdf(elapsed);
                const double u = rng.uniform();
                double exit = now;
                if (done < 1.0) {
                    const double total = sample(fs, done + u * (1.0 - done));
                    exit = std::max(
                        now, fs.business ? business_advance(entered, total) : entered + total);
                }
                End end = End::Lost;
                int lost_stage = -1;
                const double close = player.play(rng, d.stage, entered, exit, end, lost_stage,
                                                 [](int, const FlatStage&, double, double) {});
                if (end == End::Won && close <= horizon_end) {
                    ++wins;
                    ++a.deal_wins[i];
                }
            }
            ++a.wins_hist[wins];
        }
    });
    Forecast f;
    f.runs = options.runs;
    f.horizon_days = options.horizon_days;
    f.open_deals = deals.size();
    std::vector<std::uint64_t> hist(deals.size() + 1, 0), deal_wins(deals.size(), 0);
    for (const auto& a : acc) {
        for (std::size_t k = 0; k < hist.size(); ++k) hist[k] += a.wins_hist[k];
        for (std::size_t k = 0; k < deal_wins.size(); ++k) deal_wins[k] += a.deal_wins[k];
    }
    std::uint64_t total_wins = 0;
    for (std::size_t k = 0; k < hist.size(); ++k) total_wins += hist[k] * k;
    const double runs = std::max<double>(1.0, static_cast<double>(options.runs));
    f.expected_wins = static_cast<double>(total_wins) / runs;
    auto quantile = [&](double p) -> std::uint64_t {
        std::uint64_t rank =
            static_cast<std::uint64_t>(std::ceil(p * static_cast<double>(options.runs)));
        rank = std::clamp<std::uint64_t>(rank, 1, std::max<std::uint64_t>(1, options.runs));
        std::uint64_t seen = 0;
        for (std::size_t k = 0; k < hist.size(); ++k) {
            seen += hist[k];
            if (seen >= rank) return k;
        }
        return hist.size() - 1;
    };
    f.p10 = quantile(0.10);
    f.p50 = quantile(0.50);
    f.p90 = quantile(0.90);
    for (auto w : deal_wins) f.win_probability.push_back(static_cast<double>(w) / runs);
    return f;
}

}  // namespace reltheme
