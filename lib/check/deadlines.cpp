#include "check/deadlines.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <utility>

#include <fmt/format.h>

namespace reltheme {
namespace {

/// The messages naming each weekday as "starts on ..." takes it.
constexpr const char* k_weekday_names[k_weekdays] = {
    "weekday.monday", "weekday.tuesday",  "weekday.wednesday", "weekday.thursday",
    "weekday.friday", "weekday.saturday", "weekday.sunday"};

constexpr Minutes k_never = std::numeric_limits<Minutes>::max();
/// Moments and lengths are capped here (about 2 million years): one duration
/// adds at most about 10^13 minutes, so capped values never overflow, even
/// summed over a route of a million stages.
constexpr Minutes k_far = Minutes{1} << 60;

Minutes capped_add(Minutes a, Minutes b) {
    return a > k_far - b ? k_far : a + b;
}
Minutes capped_advance(Minutes start, const Duration& d) {
    return start >= k_far ? k_far : std::min(advance(start, d), k_far);
}

}  // namespace

std::string weekday_list(WeekdaySet days) {
    std::vector<std::string> names;
    for (int w = 0; w < k_weekdays; ++w) {
        if (days.test(w)) names.push_back(i18n::message(k_weekday_names[w]));
    }
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? i18n::message("list.or") : ", ";
        out += names[i];
    }
    return out;
}

std::string format_span(Minutes length) {
    if (length <= 0) return i18n::message("span.none");
    const Minutes days = length / k_minutes_per_day;
    const Minutes hours = length % k_minutes_per_day / 60;
    const Minutes minutes = length % 60;
    std::string out;
    auto add = [&](std::int64_t n, const char* noun) {
        if (n == 0) return;
        if (!out.empty()) out += " ";
        out += i18n::count(n, noun);
    };
    add(days, "noun.day");
    add(hours, "noun.hour");
    add(minutes, "noun.minute");
    return out;
}

std::string route_figures(const TimedRoute& route, const std::string& when) {
    return i18n::message("route-figures", fmt::arg("length", format_span(route.length())),
                         fmt::arg("when", when), fmt::arg("allowed", format_span(route.allowed())));
}

int pick_weekday(const RoutesByWeekday& routes, WeekdaySet candidates, bool smallest) {
    int pick = -1;
    for (int w = 0; w < k_weekdays; ++w) {
        if (!candidates.test(w) || !routes[w]) continue;
        if (pick < 0) {
            pick = w;
            continue;
        }
        const Minutes over = routes[w]->end - routes[w]->limit;
        const Minutes best = routes[pick]->end - routes[pick]->limit;
        if (smallest ? over < best : over > best) pick = w;
    }
    return pick;
}

bool same_figures(const RoutesByWeekday& routes, WeekdaySet days) {
    const TimedRoute* first = nullptr;
    for (int w = 0; w < k_weekdays; ++w) {
        if (!days.test(w) || !routes[w]) continue;
        const TimedRoute& r = *routes[w];
        if (!first) {
            first = &r;
        } else if (r.stages != first->stages || r.length() != first->length() ||
                   r.allowed() != first->allowed()) {
            return false;
        }
    }
    return true;
}

DeadlineModel::DeadlineModel(const Theme& theme)
    : m_theme(theme), m_graph(theme), m_ends(route_ends(theme)) {}

bool DeadlineModel::deadline_runs(int stage) const {
    const Stage& s = m_theme.stages[stage];
    if (!s.deadline) return false;
    // A deal that closes on entering the stage never waits for its deadline.
    return !stage_closing(m_theme, static_cast<std::size_t>(stage)).on_entry;
}

Minutes DeadlineModel::leave(int stage, Minutes start) const {
    return deadline_runs(stage) ? capped_advance(start, m_theme.stages[stage].deadline->value)
                                : start;
}

Minutes DeadlineModel::limit(Minutes start) const {
    return m_theme.max_duration ? capped_advance(start, m_theme.max_duration->value) : k_never;
}

std::vector<StageOverrun> stage_overruns(const DeadlineModel& model) {
    std::vector<StageOverrun> out;
    const Theme& theme = model.theme();
    if (!theme.max_duration) return out;
    for (int s = 0; s < static_cast<int>(theme.stages.size()); ++s) {
        if (!model.deadline_runs(s)) continue;
        StageOverrun overrun{s, {}};
        for (int w = 0; w < k_weekdays; ++w) {
            const Minutes start = reference_start(w);
            if (model.leave(s, start) > model.limit(start)) overrun.days.set(w);
        }
        if (overrun.days.any()) out.push_back(overrun);
    }
    return out;
}

RoutesByWeekday fastest_routes(const DeadlineModel& model) {
    RoutesByWeekday out;
    const int first = model.first();
    if (first < 0) return out;
    const RouteGraph& graph = model.graph();
    const auto n = static_cast<std::size_t>(graph.size());
    for (int w = 0; w < k_weekdays; ++w) {
        const Minutes start = reference_start(w);
        // Earliest moment each stage can be entered.
        std::vector<Minutes> enter(n, k_never);
        std::vector<int> parent(n, -1);
        std::vector<bool> done(n, false);
        using Item = std::pair<Minutes, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
        enter[first] = start;
        queue.push({start, first});
        Minutes best_end = k_never;
        int best_stage = -1;
        while (!queue.empty()) {
            const auto [at, s] = queue.top();
            queue.pop();
            if (done[s]) continue;
            done[s] = true;
            const Minutes left = model.leave(s, at);
            if (model.ends_deal(s)) {
                if (left < best_end) {
                    best_end = left;
                    best_stage = s;
                }
                continue;
            }
            for (const int t : graph.next(s)) {
                if (left < enter[t]) {
                    enter[t] = left;
                    parent[t] = s;
                    queue.push({left, t});
                }
            }
        }
        if (best_stage < 0) continue;
        TimedRoute route;
        for (int s = best_stage; s != -1; s = parent[s]) route.stages.push_back(s);
        std::reverse(route.stages.begin(), route.stages.end());
        route.start = start;
        route.end = best_end;
        route.limit = model.limit(start);
        out[w] = std::move(route);
    }
    return out;
}

namespace {

/// For each stage, an upper bound on the time from entering it to the end of
/// a deal along a loop-free route, or -1 when no deal can end from there.
/// Stages are grouped into strongly connected components; a loop-free route
/// goes through each component's stages at most once each, so a component
/// contributes at most the sum of its stages' longest times. On a theme
/// without loops the bound is the longest route itself.
std::vector<Minutes> route_bounds(const DeadlineModel& model, const std::vector<bool>& avoid,
                                  const std::vector<Minutes>& longest) {
    const RouteGraph& graph = model.graph();
    const int n = graph.size();
    auto usable = [&](int s) { return avoid.empty() || !avoid[s]; };
    auto successors = [&](int s) -> const std::vector<int>& {
        static const std::vector<int> k_none;
        return model.ends_deal(s) ? k_none : graph.next(s);
    };
    // Kosaraju: finishing order on the graph, then components on the reverse
    // graph in decreasing finishing order (they come out in topological order).
    std::vector<int> order;
    std::vector<bool> seen(n, false);
    for (int root = 0; root < n; ++root) {
        if (seen[root] || !usable(root)) continue;
        std::vector<std::pair<int, std::size_t>> stack{{root, 0}};
        seen[root] = true;
        while (!stack.empty()) {
            auto& [s, child] = stack.back();
            const auto& next = successors(s);
            if (child < next.size()) {
                const int t = next[child++];
                if (!seen[t] && usable(t)) {
                    seen[t] = true;
                    stack.push_back({t, 0});
                }
                continue;
            }
            order.push_back(s);
            stack.pop_back();
        }
    }
    std::vector<std::vector<int>> reverse(n);
    for (int s = 0; s < n; ++s) {
        if (!usable(s)) continue;
        for (const int t : successors(s)) {
            if (usable(t)) reverse[t].push_back(s);
        }
    }
    std::vector<int> component(n, -1);
    int count = 0;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (component[*it] >= 0) continue;
        std::vector<int> stack{*it};
        component[*it] = count;
        while (!stack.empty()) {
            const int s = stack.back();
            stack.pop_back();
            for (const int t : reverse[s]) {
                if (component[t] >= 0) continue;
                component[t] = count;
                stack.push_back(t);
            }
        }
        ++count;
    }
    std::vector<std::vector<int>> members(count);
    for (int s = 0; s < n; ++s) {
        if (component[s] >= 0) members[component[s]].push_back(s);
    }
    // Later components never lead to earlier ones: fill bounds from the end.
    std::vector<Minutes> component_bound(count, -1);
    for (int c = count - 1; c >= 0; --c) {
        Minutes weight = 0;
        bool can_end = false;
        Minutes after = -1;
        for (const int s : members[c]) {
            weight = capped_add(weight, longest[s]);
            can_end = can_end || model.ends_deal(s);
            for (const int t : successors(s)) {
                if (component[t] >= 0 && component[t] != c)
                    after = std::max(after, component_bound[component[t]]);
            }
        }
        if (after >= 0)
            component_bound[c] = capped_add(weight, after);
        else if (can_end)
            component_bound[c] = weight;
    }
    std::vector<Minutes> bound(n, -1);
    for (int s = 0; s < n; ++s) {
        if (component[s] >= 0) bound[s] = component_bound[component[s]];
    }
    return bound;
}

}  // namespace

SlowestRoutes slowest_routes(const DeadlineModel& model, const std::vector<bool>& avoid,
                             std::size_t budget) {
    SlowestRoutes out;
    const int first = model.first();
    if (first < 0 || (!avoid.empty() && avoid[first])) return out;
    const RouteGraph& graph = model.graph();
    const auto n = static_cast<std::size_t>(graph.size());
    using Times = std::array<Minutes, k_weekdays>;

    Times starts{};
    Times limits{};
    for (int w = 0; w < k_weekdays; ++w) {
        starts[w] = reference_start(w);
        limits[w] = model.limit(starts[w]);
    }
    // The longest a stage can take, whatever moment it is entered: a business
    // day count depends only on the weekday it starts, other units on nothing.
    std::vector<Minutes> longest(n, 0);
    Minutes remaining = 0;  // the longest of the stages not on the route so far
    for (std::size_t s = 0; s < n; ++s) {
        for (int w = 0; w < k_weekdays; ++w) {
            longest[s] =
                std::max(longest[s], model.leave(static_cast<int>(s), starts[w]) - starts[w]);
        }
        if (avoid.empty() || !avoid[s]) remaining = capped_add(remaining, longest[s]);
    }
    const std::vector<Minutes> bound = route_bounds(model, avoid, longest);
    // `remaining` goes up and down along the search, so it is only used when
    // the total did not hit the cap.
    const bool exact_remaining = remaining < k_far;
    auto rest_after = [&](int stage) {
        return exact_remaining ? std::min(remaining, bound[stage]) : bound[stage];
    };
    // Children with the longest possible continuation first, so the slowest
    // routes are found early and prune the rest.
    std::vector<std::vector<int>> children(n);
    for (std::size_t s = 0; s < n; ++s) {
        for (const int t : graph.next(static_cast<int>(s))) {
            if ((avoid.empty() || !avoid[t]) && bound[t] >= 0) children[s].push_back(t);
        }
        std::stable_sort(children[s].begin(), children[s].end(),
                         [&](int a, int b) { return bound[a] > bound[b]; });
    }
    // Branch and bound: a route entering a stage at `enter` can end no later
    // than `enter` plus the smaller of two bounds: the longest of all stages it
    // has not been through, and the stage's route bound. When that cannot pass
    // max_duration nor the slowest overrun found so far on any weekday,
    // nothing below is worth searching.
    auto hopeless = [&](const Times& enter, Minutes rest) {
        for (int w = 0; w < k_weekdays; ++w) {
            const auto& best = out.by_weekday[w];
            const Minutes bar = best ? std::max(limits[w], best->end) : limits[w];
            if (enter[w] + rest > bar) return false;
        }
        return true;
    };

    std::vector<int> path;
    std::vector<bool> on_path(n, false);

    // Records a route that ends the deal at `last`, entered at `enter`, where
    // it is over max_duration and slower than the one found before.
    auto finish = [&](int last, const Times& enter) {
        for (int w = 0; w < k_weekdays; ++w) {
            const Minutes end = model.leave(last, enter[w]);
            auto& best = out.by_weekday[w];
            if (end <= limits[w] || (best && best->end >= end)) continue;
            TimedRoute route;
            route.stages = path;
            route.stages.push_back(last);
            route.start = starts[w];
            route.end = end;
            route.limit = limits[w];
            best = std::move(route);
        }
    };

    // Depth first over loop-free routes, with an explicit stack so a long
    // chain of stages cannot overflow the call stack.
    struct Frame {
        int stage;
        std::size_t child;
        Times enter;
    };
    out.expansions = 1;
    if (bound[first] < 0 || hopeless(starts, rest_after(first))) return out;
    if (model.ends_deal(first)) {
        finish(first, starts);
        return out;
    }
    std::vector<Frame> stack{{first, 0, starts}};
    path.push_back(first);
    on_path[first] = true;
    remaining -= longest[first];
    while (!stack.empty()) {
        Frame& f = stack.back();
        const auto& next = children[f.stage];
        if (f.child >= next.size()) {
            on_path[f.stage] = false;
            remaining += longest[f.stage];
            path.pop_back();
            stack.pop_back();
            continue;
        }
        const int t = next[f.child++];
        if (on_path[t]) continue;
        Times enter{};
        for (int w = 0; w < k_weekdays; ++w) enter[w] = model.leave(f.stage, f.enter[w]);
        if (hopeless(enter, rest_after(t))) continue;
        if (++out.expansions > budget) {
            out.complete = false;
            break;
        }
        if (model.ends_deal(t)) {
            finish(t, enter);
            continue;
        }
        stack.push_back({t, 0, enter});  // invalidates `f`
        path.push_back(t);
        on_path[t] = true;
        remaining -= longest[t];
    }
    return out;
}

DeadlineFindings find_deadline_findings(const Theme& theme, bool with_slowest, std::size_t budget) {
    DeadlineFindings out;
    if (theme.type.value != ThemeType::Sales || !theme.max_duration || theme.stages.empty()) {
        return out;
    }
    const DeadlineModel model(theme);
    out.overruns = stage_overruns(model);
    // A route is explained by stage-deadline-exceeds-max when one of its
    // stages, entered when the route enters it, is on its own longer than
    // max_duration from that moment.
    auto explained = [&](const TimedRoute& r) {
        Minutes t = r.start;
        for (const int s : r.stages) {
            const Minutes left = model.leave(s, t);
            if (left > model.limit(t)) return true;
            t = left;
        }
        return false;
    };

    out.fastest = fastest_routes(model);
    WeekdaySet over;
    for (int w = 0; w < k_weekdays; ++w) {
        const auto& r = out.fastest[w];
        if (!r || !r->exceeds()) continue;
        over.set(w);
        if (!explained(*r)) out.fastest_shown.set(w);
    }
    if (out.fastest_shown.any()) out.fastest_days = over;
    if (!with_slowest) return out;

    // A stage longer than max_duration whatever weekday it starts on makes
    // every route through it too long: such routes are not searched.
    std::vector<bool> avoid(theme.stages.size(), false);
    for (const auto& o : out.overruns) avoid[o.stage] = o.days.all();
    out.slowest = slowest_routes(model, avoid, budget);
    WeekdaySet slow;
    for (int w = 0; w < k_weekdays; ++w) {
        const auto& r = out.slowest.by_weekday[w];
        if (!r || !r->exceeds() || over.test(w)) continue;
        slow.set(w);
        if (!explained(*r)) out.slowest_shown.set(w);
    }
    if (out.slowest_shown.any()) out.slowest_days = slow;
    return out;
}

}  // namespace reltheme
