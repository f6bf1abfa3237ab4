#pragma once
/// Routes through a sales theme's stages as the deadline and parameter rules
/// see them: stages by their index in `stages`, transitions to unknown stages
/// and back to the same stage left out (other rules report those).
#include <string>
#include <vector>

#include "i18n/messages.h"
#include "model/theme.h"

namespace reltheme {

class RouteGraph {
  public:
    explicit RouteGraph(const Theme& theme);

    int size() const { return static_cast<int>(m_next.size()); }
    /// Indices of the stages a stage leads to, each once, in `next` order.
    const std::vector<int>& next(int stage) const { return m_next[stage]; }
    /// Indices of the stages that lead to a stage.
    const std::vector<int>& previous(int stage) const { return m_previous[stage]; }

    /// Stages reachable from `from` (itself included) without entering a stage
    /// marked in `avoid`; `from` itself is not checked against `avoid`.
    std::vector<bool> reachable(int from, const std::vector<bool>& avoid = {}) const;
    /// A route with the fewest stages from `from` to `to` that enters no stage
    /// marked in `avoid`; empty when there is none.
    std::vector<int> shortest_route(int from, int to, const std::vector<bool>& avoid = {}) const;

  private:
    std::vector<std::vector<int>> m_next;
    std::vector<std::vector<int>> m_previous;
};

/// "new → intro → proposal": the stage ids of a route.
std::string route_text(const Theme& theme, const std::vector<int>& route);

/// Marks the stages that carry `role`.
std::vector<bool> stages_with_role(const Theme& theme, StageRole role);

/// Stage ids as a list for messages: `"a"`, `"a" and "b"`, `"a", "b" and "c"`.
std::string quoted_list(const std::vector<std::string>& items);

}  // namespace reltheme
