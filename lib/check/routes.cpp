#include "check/routes.h"

#include <algorithm>
#include <deque>
#include <string_view>

#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme {

RouteGraph::RouteGraph(const Theme& theme)
    : m_next(theme.stages.size()), m_previous(theme.stages.size()) {
    // Ids to indices once, and a mark per target instead of searching the
    // list: themes of many thousands of stages stay linear.
    const int n = static_cast<int>(theme.stages.size());
    const StageIndex index(theme);
    std::vector<int> added_from(theme.stages.size(), -1);
    for (int i = 0; i < n; ++i) {
        for (const auto& t : theme.stages[i].next) {
            const int to = index(t.to.value);
            if (to < 0) continue;
            if (to == i || added_from[to] == i) continue;
            added_from[to] = i;
            m_next[i].push_back(to);
            m_previous[to].push_back(i);
        }
    }
}

std::vector<bool> RouteGraph::reachable(int from, const std::vector<bool>& avoid) const {
    std::vector<bool> seen(m_next.size(), false);
    if (from < 0 || from >= size()) return seen;
    std::vector<int> stack{from};
    seen[from] = true;
    while (!stack.empty()) {
        const int s = stack.back();
        stack.pop_back();
        for (const int t : m_next[s]) {
            if (seen[t] || (!avoid.empty() && avoid[t])) continue;
            seen[t] = true;
            stack.push_back(t);
        }
    }
    return seen;
}

std::vector<int> RouteGraph::shortest_route(int from, int to,
                                            const std::vector<bool>& avoid) const {
    if (from < 0 || from >= size() || to < 0 || to >= size()) return {};
    std::vector<int> parent(m_next.size(), -2);
    std::deque<int> queue{from};
    parent[from] = -1;
    while (!queue.empty()) {
        const int s = queue.front();
        queue.pop_front();
        if (s == to) break;
        for (const int t : m_next[s]) {
            if (parent[t] != -2 || (!avoid.empty() && avoid[t])) continue;
            parent[t] = s;
            queue.push_back(t);
        }
    }
    if (parent[to] == -2) return {};
    std::vector<int> route;
    for (int s = to; s != -1; s = parent[s]) route.push_back(s);
    std::reverse(route.begin(), route.end());
    return route;
}

std::string route_text(const Theme& theme, const std::vector<int>& route) {
    std::string out;
    for (const int s : route) {
        if (!out.empty()) out += " → ";
        out += theme.stages[s].id.value;
    }
    return out;
}

std::vector<bool> stages_with_role(const Theme& theme, StageRole role) {
    std::vector<bool> out(theme.stages.size(), false);
    for (std::size_t i = 0; i < theme.stages.size(); ++i) {
        const auto& r = theme.stages[i].role;
        out[i] = r && r->value == role;
    }
    return out;
}

std::string quoted_list(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? i18n::message("list.and") : ", ";
        out += i18n::quoted(excerpt(items[i]));
    }
    return out;
}

}  // namespace reltheme
