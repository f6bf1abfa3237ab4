#include "check/stage_graph.h"

#include <deque>
#include <string>

#include "check/references.h"

namespace reltheme {

StageGraph build_stage_graph(const Theme& theme) {
    const std::size_t n = theme.stages.size();
    StageGraph g;
    g.next.resize(n);
    g.unresolved.assign(n, false);
    g.incoming.assign(n, 0);
    const StageIndex index(theme);
    std::vector<std::string> ids;
    ids.reserve(n);
    for (const auto& s : theme.stages) ids.push_back(s.id.value);
    Suggester suggester;
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto& t : theme.stages[i].next) {
            int to = index(t.to.value);
            if (to < 0) {
                if (const auto s = suggester.suggest(t.to.value, ids)) to = index(*s);
            }
            if (to < 0) {
                g.unresolved[i] = true;
                continue;
            }
            g.next[i].push_back(to);
            ++g.incoming[static_cast<std::size_t>(to)];
        }
    }
    return g;
}

std::vector<bool> reachable_from_first(const StageGraph& graph) {
    std::vector<bool> seen(graph.next.size(), false);
    if (graph.next.empty()) return seen;
    std::deque<int> queue{0};
    seen[0] = true;
    while (!queue.empty()) {
        const int s = queue.front();
        queue.pop_front();
        for (const int t : graph.next[static_cast<std::size_t>(s)]) {
            if (seen[static_cast<std::size_t>(t)]) continue;
            seen[static_cast<std::size_t>(t)] = true;
            queue.push_back(t);
        }
    }
    return seen;
}

std::vector<bool> can_reach_final(const Theme& theme, const StageGraph& graph) {
    const std::size_t n = graph.next.size();
    // Reverse adjacency in compressed form: one allocation for every edge.
    std::vector<std::size_t> start(n + 1, 0);
    for (std::size_t s = 0; s < n; ++s) {
        for (const int t : graph.next[s]) ++start[static_cast<std::size_t>(t) + 1];
    }
    for (std::size_t i = 0; i < n; ++i) start[i + 1] += start[i];
    std::vector<int> from(start[n]);
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (std::size_t s = 0; s < n; ++s) {
        for (const int t : graph.next[s])
            from[fill[static_cast<std::size_t>(t)]++] = static_cast<int>(s);
    }
    std::vector<bool> ok(n, false);
    std::deque<int> queue;
    for (std::size_t s = 0; s < n; ++s) {
        if (theme.stages[s].is_final() || graph.unresolved[s]) {
            ok[s] = true;
            queue.push_back(static_cast<int>(s));
        }
    }
    while (!queue.empty()) {
        const auto t = static_cast<std::size_t>(queue.front());
        queue.pop_front();
        for (std::size_t k = start[t]; k < start[t + 1]; ++k) {
            const auto s = static_cast<std::size_t>(from[k]);
            if (ok[s]) continue;
            ok[s] = true;
            queue.push_back(from[k]);
        }
    }
    return ok;
}

}  // namespace reltheme
