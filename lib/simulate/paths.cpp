#include "simulate/paths.h"

#include <algorithm>
#include <deque>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "semantics/deal_life.h"
#include "simulate/clock.h"

namespace reltheme {
namespace {

/// The most stage moves `paths` writes in all; beyond it the scenario would be
/// too long for anyone to fill in, and a crafted graph could make it huge.
constexpr std::size_t k_max_route_steps = 200000;

/// A YAML double-quoted string.
std::string q(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

std::string placeholder(const Field& f, Minutes start) {
    switch (f.type.value) {
        case FieldType::Text:
            return q("TODO");
        case FieldType::Number:
            return "1";
        case FieldType::Money:
            return "1000";
        case FieldType::Date:
            return format_moment_iso(start + 7 * k_minutes_per_day).substr(0, 10);
        case FieldType::Bool:
            return "true";
        case FieldType::Enum:
            return f.options.empty() ? q("TODO") : q(f.options.front().value);
        case FieldType::User:
            return q("user:TODO");
    }
    return q("TODO");
}

/// Writes one deal's steps with times a few minutes apart.
class DealWriter {
  public:
    DealWriter(const Theme& t, std::string& out, std::string id, Minutes at)
        : m_t(t), m_out(out), m_at(at) {
        m_out += fmt::format("  - id: {}\n    client: client-{}\n", id, id);
        m_id = std::move(id);
    }
    void comment(const std::string& text) { m_out += "    # " + text + "\n"; }
    void steps() { m_out += "    steps:\n"; }
    void step(const std::string& body) {
        m_out += fmt::format("      - {{ at: {}, {} }}\n", format_moment_iso(m_at), body);
        m_at += 5;
    }
    void move(int to, Minutes start) {
        const Stage& s = m_t.stages[static_cast<std::size_t>(to)];
        for (const auto& f : s.requires_fields) {
            if (m_filled.count(f.value)) continue;
            const Field* field = m_t.find_field(f.value);
            if (!field) continue;
            step(
                fmt::format("do: fill, field: {}, value: {}", f.value, placeholder(*field, start)));
            m_filled.insert(f.value);
        }
        step("do: move, to: " + s.id.value);
    }
    const std::string& id() const { return m_id; }

  private:
    const Theme& m_t;
    std::string& m_out;
    std::string m_id;
    Minutes m_at;
    std::set<std::string> m_filled;
};

bool comment_required(const Theme& t, const std::string& outcome) {
    const Outcome* o = t.find_outcome(outcome);
    return o && o->comment_required();
}

std::string close_step(const Theme& t, const std::string& outcome) {
    std::string s = "do: close, outcome: " + outcome;
    if (comment_required(t, outcome)) s += ", comment: " + q("TODO: why");
    return s;
}

}  // namespace

std::optional<std::string> paths_scenario(const Theme& t, const std::string& theme_ref,
                                          Minutes start, std::string& error) {
    std::string out;
    out += i18n::message("paths.header", fmt::arg("theme", t.id.value)) + "\n";
    out += "reltheme-scenario: 1\n";
    out +=
        fmt::format("name: {}\n", q(i18n::message("paths.name", fmt::arg("name", t.name.value))));
    out += fmt::format("theme: {}\n", theme_ref);
    out += fmt::format("start: {}\n", format_moment_iso(start));
    out += "deals:\n";
    std::vector<std::pair<std::string, std::string>> expects;  // deal, expectation body
    int deal_no = 0;
    Minutes day = start;
    auto next_deal = [&]() {
        ++deal_no;
        const Minutes at = day;
        day += k_minutes_per_day;
        return std::pair{fmt::format("P-{}", deal_no), at};
    };

    const ThemeType type = t.type.value;
    if (type != ThemeType::Sales || t.stages.empty()) {
        const std::vector<std::string> outcomes = outcome_ids(t);
        if (outcomes.empty()) {  // service: one case, an event and closing
            auto [id, at] = next_deal();
            DealWriter w(t, out, id, at);
            w.steps();
            w.step("do: create");
            w.step(fmt::format("do: plan, activity: call, due: {}", format_moment_iso(at + 60)));
            w.step("do: complete, activity: call");
            w.step("do: close");
            expects.emplace_back(id, "state: closed");
        }
        for (const auto& o : outcomes) {
            auto [id, at] = next_deal();
            DealWriter w(t, out, id, at);
            w.comment(i18n::message("paths.result", fmt::arg("outcome", o)));
            w.steps();
            w.step("do: create");
            w.step(fmt::format("do: plan, activity: call, due: {}", format_moment_iso(at + 60)));
            std::string body = "do: complete, activity: call, outcome: " + o;
            if (comment_required(t, o)) body += ", comment: " + q("TODO: what the client said");
            w.step(body);
            expects.emplace_back(id, "state: open, outcome: " + o);
        }
    } else {
        const std::size_t n = t.stages.size();
        // Stage ids to indexes once, and the graph both ways: every search
        // below is linear in stages plus transitions.
        const StageIndex index(t);
        std::vector<std::vector<int>> into(n);  // into[v]: stages with a transition to v
        for (std::size_t u = 0; u < n; ++u) {
            for (const auto& tr : t.stages[u].next) {
                const int v = index(tr.to.value);
                if (v >= 0) into[static_cast<std::size_t>(v)].push_back(static_cast<int>(u));
            }
        }
        // Shortest route from the first stage to each stage (BFS tree).
        std::vector<int> pred(n, -2);
        pred[0] = -1;
        std::deque<int> queue = {0};
        while (!queue.empty()) {
            const int u = queue.front();
            queue.pop_front();
            for (const auto& tr : t.stages[static_cast<std::size_t>(u)].next) {
                const int v = index(tr.to.value);
                if (v >= 0 && pred[static_cast<std::size_t>(v)] == -2) {
                    pred[static_cast<std::size_t>(v)] = u;
                    queue.push_back(v);
                }
            }
        }
        // Next step towards the nearest stage where a route ends (a final
        // stage; under close: on-payment also a payment stage) from each stage.
        const std::vector<bool> ends = route_ends(t);
        std::vector<int> toward(n, -2);
        std::vector<int> dist(n, -1);
        for (std::size_t i = 0; i < n; ++i) {
            if (ends[i]) {
                dist[i] = 0;
                toward[i] = -1;
                queue.push_back(static_cast<int>(i));
            }
        }
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop_front();
            for (const int u : into[static_cast<std::size_t>(v)]) {
                if (dist[static_cast<std::size_t>(u)] >= 0) continue;
                dist[static_cast<std::size_t>(u)] = dist[static_cast<std::size_t>(v)] + 1;
                toward[static_cast<std::size_t>(u)] = v;
                queue.push_back(u);
            }
        }
        std::vector<std::pair<int, int>> edges;
        for (std::size_t u = 0; u < n; ++u) {
            if (pred[u] == -2 || dist[u] < 0) continue;
            for (const auto& tr : t.stages[u].next) {
                const int v = index(tr.to.value);
                if (v >= 0 && dist[static_cast<std::size_t>(v)] >= 0)
                    edges.emplace_back(static_cast<int>(u), v);
            }
        }
        std::set<std::pair<int, int>> covered;
        std::vector<std::vector<int>> routes;
        std::size_t total_steps = 0;
        auto path_to = [&](int u) {
            std::vector<int> p;
            for (int x = u; x >= 0; x = pred[static_cast<std::size_t>(x)]) p.push_back(x);
            std::reverse(p.begin(), p.end());
            return p;
        };
        auto finish = [&](std::vector<int> route) {
            // Extend greedily through transitions not yet taken, then go to
            // the nearest final stage.
            int steps = 0;
            while (!ends[static_cast<std::size_t>(route.back())]) {
                const int u = route.back();
                int v = -1;
                if (steps < static_cast<int>(2 * n)) {
                    for (const auto& tr : t.stages[static_cast<std::size_t>(u)].next) {
                        const int w = index(tr.to.value);
                        if (w >= 0 && dist[static_cast<std::size_t>(w)] >= 0 &&
                            !covered.count({u, w})) {
                            v = w;
                            break;
                        }
                    }
                }
                if (v < 0) v = toward[static_cast<std::size_t>(u)];
                covered.insert({u, v});
                route.push_back(v);
                ++steps;
            }
            total_steps += route.size();
            routes.push_back(route);
        };
        if (dist[0] >= 0) {
            finish({0});
            for (const auto& e : edges) {
                if (total_steps > k_max_route_steps) {
                    error = i18n::message("paths.too-long", fmt::arg("theme", t.id.value),
                                          fmt::arg("max", k_max_route_steps), fmt::arg("stages", n),
                                          fmt::arg("transitions", edges.size()));
                    return std::nullopt;
                }
                if (covered.count(e)) continue;
                std::vector<int> route = path_to(e.first);
                for (std::size_t k = 1; k < route.size(); ++k)
                    covered.insert({route[k - 1], route[k]});
                route.push_back(e.second);
                covered.insert(e);
                finish(route);
            }
        }
        const ClosePolicy policy = close_policy(t);
        std::vector<std::string> successes, failures;
        for (const auto& o : outcome_ids(t))
            (outcome_result(t, o) == OutcomeResult::Success ? successes : failures).push_back(o);
        std::size_t next_success = 0;
        // Writes one deal along `route`; it ends as the theme closes a deal in
        // the route's last stage, with `outcome` when one is recorded by hand.
        auto write_route = [&](const std::vector<int>& route, const std::string& outcome) {
            auto [id, at] = next_deal();
            DealWriter w(t, out, id, at);
            std::string names;
            for (int s : route)
                names +=
                    (names.empty() ? "" : " -> ") + t.stages[static_cast<std::size_t>(s)].id.value;
            w.comment(i18n::message("paths.route", fmt::arg("stages", names)));
            w.steps();
            w.step("do: create");
            for (std::size_t k = 1; k < route.size(); ++k) w.move(route[k], start);
            std::string result = outcome;
            const StageClosing closing = stage_closing(t, static_cast<std::size_t>(route.back()));
            const bool success = outcome_result(t, outcome) == OutcomeResult::Success;
            if (closing.on_entry) {
                result = *closing.on_entry == OutcomeResult::Success ? "won" : "lost";
            } else if (success && policy == ClosePolicy::OnPayment && closing.can_win) {
                w.step("do: invoice, amount: 1000");
                w.step("do: pay");
                result = "won";
            } else {
                w.step(close_step(t, outcome));
            }
            expects.emplace_back(
                id, fmt::format("state: closed, stage: {}, outcome: {}",
                                t.stages[static_cast<std::size_t>(route.back())].id.value, result));
        };
        // A route ending where a deal can be won takes the success outcomes in
        // turn; one ending where it cannot closes with a failure outcome.
        const std::vector<int>* winning_route = nullptr;
        for (const auto& route : routes) {
            const StageClosing closing = stage_closing(t, static_cast<std::size_t>(route.back()));
            if (closing.can_win) {
                if (!winning_route) winning_route = &route;
                write_route(route, successes[next_success % successes.size()]);
                ++next_success;
            } else {
                write_route(route, failures.front());
            }
        }
        if (policy == ClosePolicy::OnOutcome && winning_route) {
            for (; next_success < successes.size(); ++next_success)
                write_route(*winning_route, successes[next_success]);
        }
        // Failure outcomes: close at stages along the first route in turn.
        std::vector<int> along = routes.empty() ? std::vector<int>{0} : routes.front();
        if (along.size() > 1) along.pop_back();  // not in the final stage
        for (std::size_t k = 0; k < failures.size(); ++k) {
            const std::size_t stop = k % along.size();
            write_route(
                std::vector<int>(along.begin(), along.begin() + static_cast<long>(stop) + 1),
                failures[k]);
        }
        if (policy != ClosePolicy::OnOutcome) {
            for (std::size_t k = 1; k < successes.size(); ++k) {
                out += "  # " +
                       i18n::message("paths.closed-by-theme", fmt::arg("outcome", successes[k]),
                                     fmt::arg("policy", to_string(policy))) +
                       "\n";
            }
        } else if (!winning_route) {
            for (const auto& o : successes) {
                out += "  # " + i18n::message("paths.all-fail", fmt::arg("outcome", o)) + "\n";
            }
        }
    }
    out += "expect:\n";
    for (const auto& [deal, body] : expects)
        out += fmt::format("  - {{ deal: {}, {} }}\n", deal, body);
    out += "  - { violations: 0 }\n";
    return out;
}

}  // namespace reltheme
