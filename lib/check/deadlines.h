#pragma once
/// Deadlines of a sales theme against its `max_duration`, with business days
/// handled soundly: every question is asked once for each weekday a deal can
/// start on (09:00 Monday ... 09:00 Sunday), and the rules report an error
/// when the answer is "too long" for all seven, a warning naming the weekdays
/// when only for some. docs/deadlines.md states the semantics in full.
#include <array>
#include <bitset>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "check/routes.h"
#include "model/theme.h"
#include "util/duration.h"

namespace reltheme {

constexpr int k_weekdays = 7;
/// A set of start weekdays, bit 0 = Monday ... bit 6 = Sunday.
using WeekdaySet = std::bitset<k_weekdays>;

/// "Monday", "Thursday or Friday", "Monday, Tuesday or Sunday".
std::string weekday_list(WeekdaySet days);
/// A length of time for messages: "31 days", "2 days 4 hours", "45 minutes".
std::string format_span(Minutes length);

/// How long each stage takes and where a deal ends, as the route rules see it.
class DeadlineModel {
  public:
    explicit DeadlineModel(const Theme& theme);

    const Theme& theme() const { return m_theme; }
    const RouteGraph& graph() const { return m_graph; }
    /// Index of the first stage, or -1 for a theme without stages.
    int first() const { return m_theme.stages.empty() ? -1 : 0; }
    /// True when a deal is over once it has been through this stage: a final
    /// stage, and with `close: on-payment` also a stage with role payment.
    bool ends_deal(int stage) const { return m_ends[stage]; }
    /// True when the stage's deadline counts: it has one, and it is not a
    /// final stage under `close: on-final-stage` (the deal closes on entering).
    bool deadline_runs(int stage) const;
    /// The moment a deal that entered `stage` at `start` leaves it: its
    /// deadline later, or at once when the deadline does not run.
    Minutes leave(int stage, Minutes start) const;
    /// The end of `max_duration` for a deal started at `start`.
    Minutes limit(Minutes start) const;

  private:
    const Theme& m_theme;
    RouteGraph m_graph;
    std::vector<bool> m_ends;
};

/// A route from the first stage to the end of a deal, timed from one start.
struct TimedRoute {
    std::vector<int> stages;
    Minutes start = 0;  ///< when the deal starts
    Minutes end = 0;    ///< when the route is over
    Minutes limit = 0;  ///< when max_duration runs out

    Minutes length() const { return end - start; }
    Minutes allowed() const { return limit - start; }
    bool exceeds() const { return end > limit; }
};

/// "31 days, more than the 30 days allowed", with `when` (" from a Friday")
/// after the length.
std::string route_figures(const TimedRoute& route, const std::string& when = {});

using RoutesByWeekday = std::array<std::optional<TimedRoute>, k_weekdays>;

/// The weekday among `candidates` whose route a message shows: the one with
/// the smallest overrun when `smallest` (late even at best), else the largest.
int pick_weekday(const RoutesByWeekday& routes, WeekdaySet candidates, bool smallest);
/// True when the routes on `days` all have the same stages, length and
/// allowance, so a message need not name a weekday for its figures.
bool same_figures(const RoutesByWeekday& routes, WeekdaySet days);

/// A stage whose own deadline is longer than max_duration on `days`.
struct StageOverrun {
    int stage = 0;
    WeekdaySet days;
};

/// Stages whose deadline, started on each weekday, ends after max_duration
/// started at the same moment. Empty without max_duration.
std::vector<StageOverrun> stage_overruns(const DeadlineModel& model);

/// For each start weekday, the route that ends the deal first (time-dependent
/// Dijkstra; the first-in-first-out property holds because a later start never
/// leaves a stage earlier). Empty entries when no route ends the deal.
RoutesByWeekday fastest_routes(const DeadlineModel& model);

/// Loop-free routes that take longest, searched depth first.
struct SlowestRoutes {
    RoutesByWeekday by_weekday;
    bool complete = true;        ///< false when the search hit its budget
    std::size_t expansions = 0;  ///< stages entered during the search
};
/// Steps the loop-free route search may take before it gives up.
constexpr std::size_t k_route_search_budget = 200000;
/// For each start weekday, the loop-free route (no stage twice, entering no
/// stage marked in `avoid`) that ends the deal last, when it ends after
/// max_duration; empty entries where every such route fits. A branch-and-bound
/// search: subtrees that cannot go past max_duration are not explored.
SlowestRoutes slowest_routes(const DeadlineModel& model, const std::vector<bool>& avoid,
                             std::size_t budget = k_route_search_budget);

/// What the three deadline rules report, decided in one place so that one
/// mistake is said once:
/// - a route whose overrun a single stage explains (that stage, entered when
///   the route enters it, is itself longer than max_duration) is left to
///   `stage-deadline-exceeds-max`; a route rule speaks only when at least one
///   of its weekdays is not explained that way, and then names them all, so
///   a theme that is late whatever the weekday still gets an error;
/// - a weekday on which even the quickest route is too long belongs to
///   `fastest-path-exceeds-max` (or to the stage that explains it), never to
///   `slowest-path-exceeds-max`;
/// - the slowest-route search skips stages that are longer than max_duration
///   whatever weekday they start on.
struct DeadlineFindings {
    std::vector<StageOverrun> overruns;
    RoutesByWeekday fastest;
    WeekdaySet fastest_days;   ///< weekdays fastest-path-exceeds-max reports
    WeekdaySet fastest_shown;  ///< those of them no single stage explains
    SlowestRoutes slowest;
    WeekdaySet slowest_days;   ///< weekdays slowest-path-exceeds-max reports
    WeekdaySet slowest_shown;  ///< those of them no single stage explains
};
DeadlineFindings find_deadline_findings(const Theme& theme, bool with_slowest,
                                        std::size_t budget = k_route_search_budget);

}  // namespace reltheme
