#include "check/routes.h"

#include <doctest/doctest.h>

#include "i18n/lang.h"

#include "load/theme_loader.h"
#include "test_support.h"

using namespace reltheme;

namespace {

const char* k_theme = R"(reltheme: 1
id: t
name: Т
type: sales
stages:
  - {id: new, name: Новый, next: [new, intro, pay, nowhere, intro]}
  - {id: intro, name: Знакомство, next: [pay, new]}
  - {id: pay, name: Оплата, role: payment, next: [ship]}
  - {id: ship, name: Отгрузка, role: shipment}
  - {id: lone, name: Одинокий, next: [ship]}
)";

}  // namespace

TEST_CASE("the route graph leaves out unknown stages and self-transitions and repeats") {
    const Theme theme = test::load_theme_text(k_theme);
    const RouteGraph graph(theme);
    CHECK(graph.next(0) == std::vector<int>{1, 2});
    CHECK(graph.previous(3) == std::vector<int>{2, 4});
    CHECK(graph.previous(0) == std::vector<int>{1});
}

TEST_CASE("reachability and shortest routes can avoid stages") {
    const Theme theme = test::load_theme_text(k_theme);
    const RouteGraph graph(theme);
    CHECK(graph.reachable(0) == std::vector<bool>{true, true, true, true, false});
    const auto payment = stages_with_role(theme, StageRole::Payment);
    CHECK(payment == std::vector<bool>{false, false, true, false, false});
    CHECK(graph.reachable(0, payment) == std::vector<bool>{true, true, false, false, false});
    CHECK(route_text(theme, graph.shortest_route(0, 3)) == "new → pay → ship");
    CHECK(graph.shortest_route(0, 3, payment).empty());
    CHECK(graph.shortest_route(0, 4).empty());
}

TEST_CASE("quoted lists join with commas and a last word") {
    CHECK(quoted_list({"a"}) == "\"a\"");
    CHECK(quoted_list({"a", "b"}) == "\"a\" and \"b\"");
    CHECK(quoted_list({"a", "b", "c"}) == "\"a\", \"b\" and \"c\"");
    const i18n::ScopedLang ru(Lang::Ru);
    CHECK(quoted_list({"a", "b", "c"}) == "«a», «b» и «c»");
}
