#include "report/sim_report.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

using json = nlohmann::ordered_json;

/// Rounded to 6 decimals so JSON reports stay readable.
double r6(double x) {
    return std::round(x * 1e6) / 1e6;
}

std::string pct(double x) {
    return i18n::decimal(100 * x, 2) + "%";
}

using i18n::message;

/// A report's label column: as wide as its widest label in the run's
/// language, and at least `min`.
std::size_t label_width(std::initializer_list<const char*> ids, std::size_t min) {
    std::size_t w = min;
    for (const char* id : ids) w = std::max(w, utf8_length(message(id)));
    return w;
}

/// A table's column: its header in the run's language, and as wide as that
/// header, and at least as wide as its figures need (`min`).
struct Column {
    std::string header;
    std::size_t width;
    Column(const char* id, std::size_t min)
        : header(message(id)), width(std::max(min, utf8_length(header))) {}
};

/// The headers of right-aligned columns, each after two spaces.
std::string headers(std::initializer_list<const Column*> columns) {
    std::string out;
    for (const Column* c : columns) out += "  " + pad_left(c->header, c->width);
    return out;
}

json days_json(const DaysSummary& d) {
    return {{"count", d.count},
            {"mean", r6(d.mean)},
            {"p50", r6(d.p50)},
            {"p90", r6(d.p90)},
            {"p99", r6(d.p99)}};
}

std::string days_line(const char* what, std::size_t width, const DaysSummary& d) {
    const std::string label = pad_right(message(what), width);
    if (d.count == 0) return fmt::format("  {} {}\n", label, message("mc.no-deals"));
    auto figure = [](double x) { return pad_left(i18n::decimal(x, 2), 7); };
    return fmt::format(
        "  {} {}   ({})\n", label,
        message("mc.days", fmt::arg("mean", figure(d.mean)), fmt::arg("p50", figure(d.p50)),
                fmt::arg("p90", figure(d.p90)), fmt::arg("p99", figure(d.p99))),
        i18n::count(d.count, "noun.deal"));
}

std::size_t id_width(const std::vector<std::string>& ids) {
    std::size_t w = 5;
    for (const auto& id : ids) w = std::max(w, utf8_length(id));
    return w;
}

}  // namespace

void print_mc_human(std::ostream& out, const McReport& r, const ReportSource& src) {
    out << message("mc.head", fmt::arg("theme", r.theme_id), fmt::arg("file", src.theme_file),
                   fmt::arg("model", src.model_file))
        << "\n";
    out << message("mc.deals", fmt::arg("deals", i18n::count(r.deals, "noun.deal")),
                   fmt::arg("seed", r.seed))
        << "\n\n";
    const std::size_t lw = label_width({"mc.win-rate", "mc.capped", "mc.to-close", "mc.to-win",
                                        "mc.to-lose", "mc.deal-deadline", "mc.wip"},
                                       16);
    auto label = [&](const char* id) { return pad_right(message(id), lw); };
    out << fmt::format(
        "  {} {}  {}\n", label("mc.win-rate"), pct(r.win_rate),
        message("mc.interval", fmt::arg("low", pct(r.ci_low)), fmt::arg("high", pct(r.ci_high))));
    if (r.capped > 0) {
        out << fmt::format(
            "  {} {}\n", label("mc.capped"),
            message("mc.capped-deals", fmt::arg("deals", i18n::count(r.capped, "noun.deal")),
                    fmt::arg("visits", k_max_stage_visits)));
    }
    out << "  " << message("mc.days-calendar") << "\n";
    out << days_line("mc.to-close", lw, r.days_to_close);
    out << days_line("mc.to-win", lw, r.days_to_win);
    out << days_line("mc.to-lose", lw, r.days_to_lose);
    if (r.max_duration) {
        out << fmt::format(
            "  {} {}\n", label("mc.deal-deadline"),
            message("mc.past-max-duration", fmt::arg("share", pct(r.max_duration_breach_share)),
                    fmt::arg("max", *r.max_duration)));
    }
    if (r.arrivals_per_day) {
        out << fmt::format(
            "  {} {}\n", label("mc.wip"),
            message("mc.wip-figure", fmt::arg("open", i18n::decimal(*r.wip_total, 2)),
                    fmt::arg("arrivals", i18n::decimal_g(*r.arrivals_per_day))));
    }
    std::vector<std::string> ids;
    for (const auto& s : r.stages) ids.push_back(s.id);
    const std::size_t w = std::max(id_width(ids), utf8_length(message("mc.col.stage")));
    const Column visits{"mc.col.visits", 11}, days{"mc.col.days", 9},
        deadline{"mc.col.deadline", 8}, overdue{"mc.col.overdue", 9}, lost{"mc.col.lost", 9},
        wip{"mc.col.wip", 7};
    out << "\n"
        << "  " << pad_right(message("mc.col.stage"), w)
        << headers({&visits, &days, &deadline, &overdue, &lost});
    if (r.arrivals_per_day) out << headers({&wip});
    out << "\n";
    for (const auto& s : r.stages) {
        out << fmt::format("  {}  {}  {}  {}  {}  {}", pad_right(printable(s.id), w),
                           pad_left(i18n::decimal(s.visits_per_deal, 3), visits.width),
                           pad_left(i18n::decimal(s.days_per_deal, 2), days.width),
                           pad_left(s.deadline.value_or("-"), deadline.width),
                           pad_left(s.deadline ? pct(s.deadline_breach_share) : "-", overdue.width),
                           pad_left(pct(s.lost_share), lost.width));
        if (s.wip) out << "  " << pad_left(i18n::decimal(*s.wip, 2), wip.width);
        out << "\n";
    }
    out << "\n  " << message("mc.note.overdue") << "\n  " << message("mc.note.lost") << "\n";
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
    out << message("forecast.head", fmt::arg("theme", chain.theme_id),
                   fmt::arg("file", src.theme_file), fmt::arg("model", src.model_file))
        << "\n";
    out << message("forecast.runs", fmt::arg("deals", i18n::count(f.open_deals, "noun.open-deal")),
                   fmt::arg("runs", i18n::count(f.runs, "noun.run")),
                   fmt::arg("horizon", i18n::count(f.horizon_days, "noun.day")))
        << "\n\n";
    out << "  "
        << message("forecast.won", fmt::arg("p10", f.p10), fmt::arg("p50", f.p50),
                   fmt::arg("p90", f.p90), fmt::arg("mean", i18n::decimal(f.expected_wins, 2)))
        << "\n\n";
    std::vector<std::string> ids;
    for (const auto& d : deals) ids.push_back(d.id);
    const std::size_t w = std::max(id_width(ids), utf8_length(message("forecast.col.deal")));
    const Column stage{"forecast.col.stage", 14}, days{"forecast.col.days", 13},
        won{"forecast.col.won", 14};
    out << "  " << pad_right(message("forecast.col.deal"), w) << "  "
        << pad_right(stage.header, stage.width) << headers({&days, &won}) << "\n";
    for (std::size_t i = 0; i < deals.size(); ++i) {
        const auto& d = deals[i];
        out << fmt::format(
            "  {}  {}  {}  {}\n", pad_right(printable(d.id), w),
            pad_right(chain.stages[static_cast<std::size_t>(d.stage)].id, stage.width),
            pad_left(i18n::decimal(d.days_in_stage, 1), days.width),
            pad_left(pct(f.win_probability[i]), won.width));
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
    out << message("analyze.head", fmt::arg("theme", chain.theme_id),
                   fmt::arg("file", src.theme_file), fmt::arg("model", src.model_file))
        << "\n\n";
    const std::size_t lw = label_width({"analyze.win", "analyze.time"}, 24);
    out << fmt::format("  {} {}\n", pad_right(message("analyze.win"), lw),
                       pct(m.win_probability[0]));
    out << fmt::format(
        "  {} {}\n", pad_right(message("analyze.time"), lw),
        message("analyze.calendar-days", fmt::arg("days", i18n::decimal(m.expected_days[0], 2))));
    const std::size_t w = std::max(id_width(m.stages), utf8_length(message("mc.col.stage")));
    const Column mean{"analyze.col.mean", 9}, visits{"analyze.col.visits", 15},
        lost{"mc.col.lost", 9}, win{"analyze.col.win", 12}, days{"analyze.col.days", 10};
    out << "\n"
        << "  " << pad_right(message("mc.col.stage"), w)
        << headers({&mean, &visits, &lost, &win, &days}) << "\n";
    for (std::size_t i = 0; i < m.stages.size(); ++i) {
        out << fmt::format("  {}  {}  {}  {}  {}  {}\n", pad_right(printable(m.stages[i]), w),
                           pad_left(i18n::decimal(m.mean_days[i], 2), mean.width),
                           pad_left(i18n::decimal(m.expected_visits[i], 3), visits.width),
                           pad_left(pct(m.lost_at[i]), lost.width),
                           pad_left(pct(m.win_probability[i]), win.width),
                           pad_left(i18n::decimal(m.expected_days[i], 2), days.width));
    }
    out << "\n  " << message("analyze.note.visits") << "\n  " << message("analyze.note.win")
        << "\n";
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
