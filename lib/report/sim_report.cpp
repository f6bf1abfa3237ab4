#include "report/sim_report.h"

#include <cmath>

#include <fmt/format.h>

#include "i18n/plural.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

using json = nlohmann::ordered_json;

/// Rounded to 6 decimals so JSON reports stay readable.
double r6(double x) {
    return std::round(x * 1e6) / 1e6;
}

std::string pct(double x) {
    return fmt::format("{:.2f}%", 100 * x);
}

json days_json(const DaysSummary& d) {
    return {{"count", d.count},
            {"mean", r6(d.mean)},
            {"p50", r6(d.p50)},
            {"p90", r6(d.p90)},
            {"p99", r6(d.p99)}};
}

std::string days_line(const char* what, const DaysSummary& d) {
    if (d.count == 0) return fmt::format("  {:<16} no deals\n", what);
    return fmt::format(
        "  {:<16} mean {:>7.2f}   p50 {:>7.2f}   p90 {:>7.2f}   p99 {:>7.2f}   ({})\n", what,
        d.mean, d.p50, d.p90, d.p99, plural(d.count, "deal"));
}

std::size_t id_width(const std::vector<std::string>& ids) {
    std::size_t w = 5;
    for (const auto& id : ids) w = std::max(w, utf8_length(id));
    return w;
}

}  // namespace

void print_mc_human(std::ostream& out, const McReport& r, const ReportSource& src) {
    out << fmt::format("Monte Carlo: theme {} ({}), model {}\n", r.theme_id, src.theme_file,
                       src.model_file);
    out << fmt::format("{}, seed {}\n\n", plural(r.deals, "deal"), r.seed);
    out << fmt::format("  {:<16} {}  (95% interval {} to {})\n", "win rate", pct(r.win_rate),
                       pct(r.ci_low), pct(r.ci_high));
    if (r.capped > 0) {
        out << fmt::format(
            "  {:<16} {} stopped after {} stage visits, neither won nor lost nor counted in the "
            "days below (reltheme analyze gives the exact figures of such loops)\n",
            "capped", plural(r.capped, "deal"), k_max_stage_visits);
    }
    out << "  days, calendar:\n";
    out << days_line("to close (all)", r.days_to_close);
    out << days_line("to win", r.days_to_win);
    out << days_line("to lose", r.days_to_lose);
    if (r.max_duration) {
        out << fmt::format("  {:<16} {} of deals stay open past max_duration {}\n", "deal deadline",
                           pct(r.max_duration_breach_share), *r.max_duration);
    }
    if (r.arrivals_per_day) {
        out << fmt::format("  {:<16} {:.2f} deals open on average at {} new deals a day\n",
                           "work in progress", *r.wip_total, *r.arrivals_per_day);
    }
    std::vector<std::string> ids;
    for (const auto& s : r.stages) ids.push_back(s.id);
    const std::size_t w = id_width(ids);
    out << "\n"
        << fmt::format("  {:<{}}  {:>11}  {:>9}  {:>8}  {:>9}  {:>9}", "stage", w, "visits/deal",
                       "days/deal", "deadline", "overdue", "lost here");
    if (r.arrivals_per_day) out << fmt::format("  {:>7}", "WIP");
    out << "\n";
    for (const auto& s : r.stages) {
        out << fmt::format("  {}{}  {:>11.3f}  {:>9.2f}  {:>8}  {:>9}  {:>9}", printable(s.id),
                           std::string(w - std::min(w, utf8_length(s.id)), ' '), s.visits_per_deal,
                           s.days_per_deal, s.deadline.value_or("-"),
                           s.deadline ? pct(s.deadline_breach_share) : "-", pct(s.lost_share));
        if (s.wip) out << fmt::format("  {:>7.2f}", *s.wip);
        out << "\n";
    }
    out << "\n  overdue: share of all deals that stayed in the stage past its deadline at least "
           "once\n"
           "  lost here: share of all deals closed as lost on leaving the stage\n";
}

json mc_json(const McReport& r, const ReportSource& src) {
    json stages = json::array();
    json lost_by_stage = json::object();
    for (const auto& s : r.stages) {
        json j = {{"id", s.id},
                  {"visits_per_deal", r6(s.visits_per_deal)},
                  {"days_per_deal", r6(s.days_per_deal)},
                  {"deadline", s.deadline ? json(*s.deadline) : json(nullptr)},
                  {"deadline_breach_share", r6(s.deadline_breach_share)},
                  {"lost_share", r6(s.lost_share)}};
        if (s.wip) j["wip"] = r6(*s.wip);
        stages.push_back(j);
        lost_by_stage[s.id] = r6(s.lost_share);
    }
    json out = {{"version", 1},
                {"theme", r.theme_id},
                {"theme_file", src.theme_file},
                {"model_file", src.model_file},
                {"deals", r.deals},
                {"seed", r.seed},
                {"won", r.won},
                {"lost", r.lost},
                {"capped", r.capped},
                {"win_rate", r6(r.win_rate)},
                {"win_rate_ci95", {r6(r.ci_low), r6(r.ci_high)}},
                {"days_to_close", days_json(r.days_to_close)},
                {"days_to_win", days_json(r.days_to_win)},
                {"days_to_lose", days_json(r.days_to_lose)},
                {"lost_by_stage", lost_by_stage},
                {"stages", stages}};
    out["max_duration"] = r.max_duration ? json(*r.max_duration) : json(nullptr);
    out["max_duration_breach_share"] =
        r.max_duration ? json(r6(r.max_duration_breach_share)) : json(nullptr);
    out["arrivals_per_day"] = r.arrivals_per_day ? json(*r.arrivals_per_day) : json(nullptr);
    out["wip_total"] = r.wip_total ? json(r6(*r.wip_total)) : json(nullptr);
    return out;
}

void print_forecast_human(std::ostream& out, const Forecast& f, const std::vector<OpenDeal>& deals,
                          const Chain& chain, const ReportSource& src) {
    out << fmt::format("Forecast: theme {} ({}), model {}\n", chain.theme_id, src.theme_file,
                       src.model_file);
    out << fmt::format("{}, {}, horizon {}\n\n", plural(f.open_deals, "open deal"),
                       plural(f.runs, "run"), plural(f.horizon_days, "day"));
    out << fmt::format("  won within the horizon: P10 {}  P50 {}  P90 {}  (mean {:.2f})\n\n", f.p10,
                       f.p50, f.p90, f.expected_wins);
    std::vector<std::string> ids;
    for (const auto& d : deals) ids.push_back(d.id);
    const std::size_t w = id_width(ids);
    out << fmt::format("  {:<{}}  {:<14}  {:>13}  {:>14}\n", "deal", w, "stage", "days in stage",
                       "won in horizon");
    for (std::size_t i = 0; i < deals.size(); ++i) {
        const auto& d = deals[i];
        out << fmt::format("  {}{}  {:<14}  {:>13.1f}  {:>14}\n", printable(d.id),
                           std::string(w - std::min(w, utf8_length(d.id)), ' '),
                           chain.stages[static_cast<std::size_t>(d.stage)].id, d.days_in_stage,
                           pct(f.win_probability[i]));
    }
}

json forecast_json(const Forecast& f, const std::vector<OpenDeal>& deals, const Chain& chain,
                   const ReportSource& src) {
    json ds = json::array();
    for (std::size_t i = 0; i < deals.size(); ++i) {
        ds.push_back({{"id", deals[i].id},
                      {"stage", chain.stages[static_cast<std::size_t>(deals[i].stage)].id},
                      {"days_in_stage", deals[i].days_in_stage},
                      {"win_within_horizon", r6(f.win_probability[i])}});
    }
    return {
        {"version", 1},
        {"theme", chain.theme_id},
        {"theme_file", src.theme_file},
        {"model_file", src.model_file},
        {"runs", f.runs},
        {"horizon_days", f.horizon_days},
        {"open_deals", f.open_deals},
        {"wins", {{"mean", r6(f.expected_wins)}, {"p10", f.p10}, {"p50", f.p50}, {"p90", f.p90}}},
        {"deals", ds}};
}

void print_analyze_human(std::ostream& out, const MarkovResult& m, const Chain& chain,
                         const ReportSource& src) {
    out << fmt::format("Absorbing Markov chain: theme {} ({}), model {}\n\n", chain.theme_id,
                       src.theme_file, src.model_file);
    out << fmt::format("  {:<24} {}\n", "win probability", pct(m.win_probability[0]));
    out << fmt::format("  {:<24} {:.2f} calendar days\n", "expected time to close",
                       m.expected_days[0]);
    const std::size_t w = id_width(m.stages);
    out << "\n"
        << fmt::format("  {:<{}}  {:>9}  {:>15}  {:>9}  {:>12}  {:>10}\n", "stage", w, "mean days",
                       "expected visits", "lost here", "win from here", "days to close");
    for (std::size_t i = 0; i < m.stages.size(); ++i) {
        out << fmt::format(
            "  {}{}  {:>9.2f}  {:>15.3f}  {:>9}  {:>12}  {:>10.2f}\n", printable(m.stages[i]),
            std::string(w - std::min(w, utf8_length(m.stages[i])), ' '), m.mean_days[i],
            m.expected_visits[i], pct(m.lost_at[i]), pct(m.win_probability[i]), m.expected_days[i]);
    }
    out << "\n  expected visits and lost here: for a deal starting in the first stage\n"
           "  win from here, days to close: for a deal entering that stage\n";
}

json analyze_json(const MarkovResult& m, const Chain& chain, const ReportSource& src) {
    json stages = json::array();
    for (std::size_t i = 0; i < m.stages.size(); ++i) {
        stages.push_back({{"id", m.stages[i]},
                          {"mean_days", r6(m.mean_days[i])},
                          {"expected_visits", r6(m.expected_visits[i])},
                          {"lost_share", r6(m.lost_at[i])},
                          {"win_probability", r6(m.win_probability[i])},
                          {"expected_days_to_close", r6(m.expected_days[i])}});
    }
    auto matrix = [](const Matrix& x) {
        json a = json::array();
        for (const auto& row : x) {
            json r = json::array();
            for (double v : row) r.push_back(r6(v));
            a.push_back(r);
        }
        return a;
    };
    json outcomes = json::array({"won"});
    for (const auto& s : m.stages) outcomes.push_back("lost@" + s);
    return {{"version", 1},
            {"theme", chain.theme_id},
            {"theme_file", src.theme_file},
            {"model_file", src.model_file},
            {"win_probability", r6(m.win_probability[0])},
            {"loss_probability", r6(1 - m.win_probability[0])},
            {"expected_days_to_close", r6(m.expected_days[0])},
            {"stages", stages},
            {"matrices",
             {{"states", m.stages},
              {"outcomes", outcomes},
              {"Q", matrix(m.q)},
              {"R", matrix(m.r)},
              {"N", matrix(m.n)},
              {"B", matrix(m.b)}}}};
}

}  // namespace reltheme
