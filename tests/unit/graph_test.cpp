#include "render/graph.h"

#include <doctest/doctest.h>

#include "render_fixture.h"

using namespace reltheme;
using namespace reltheme::render;

TEST_CASE("stage_edges marks the transitions that close a cycle as back-edges") {
    const Theme t = test::load_theme_text(test::k_small_theme);
    const auto edges = stage_edges(t);
    REQUIRE(edges.size() == 3);
    CHECK((edges[0].from == 0 && edges[0].to == 1 && !edges[0].back));
    CHECK((edges[1].from == 1 && edges[1].to == 2 && !edges[1].back));
    CHECK((edges[2].from == 1 && edges[2].to == 0 && edges[2].back));
    CHECK(edges[2].probability == doctest::Approx(0.25));
}

TEST_CASE("to_mermaid writes the whole small theme graph") {
    const Theme t = test::load_theme_text(test::k_small_theme);
    CHECK(to_mermaid(t, Lang::En) == test::k_small_mermaid);
}

TEST_CASE("to_dot writes the whole small theme graph, left to right") {
    const Theme t = test::load_theme_text(test::k_small_theme);
    CHECK(to_dot(t, Lang::Ru) ==
          R"(// Stage graph of theme "small" (reltheme render --to dot); draw it with dot -Tsvg
digraph "small" {
    graph [rankdir=LR, nodesep=0.35, ranksep=0.45, fontname="Helvetica,Arial,sans-serif"];
    node [shape=box, style="rounded,filled", color="#2d3748", fillcolor="#f7fafc", fontname="Helvetica,Arial,sans-serif", fontsize=11];
    edge [color="#2d3748", fontname="Helvetica,Arial,sans-serif", fontsize=10];
    "_start" [shape=circle, label="", width=0.16, style=filled, fillcolor="#2d3748"];
    "new" [label="New\n1 день"];
    "offer" [label="Offer\n3 рабочих дня"];
    "paid" [label="Paid", peripheries=2];
    "_start" -> "new";
    "new" -> "offer";
    "offer" -> "paid";
    "offer" -> "new" [label="25%", style=dashed];
}
)");
}

TEST_CASE("to_dot links stages to their handbook sections when asked") {
    const Theme t = test::load_theme_text(test::k_small_theme);
    const std::string dot = to_dot(t, Lang::En, DotOptions{true});
    CHECK(
        dot.find(
            R"("new" [label="New\n1 day", URL="#stage-new", tooltip="Call the client within a day."];)") !=
        std::string::npos);
}

TEST_CASE("hostile stage names stay inside their quotes in mermaid and dot") {
    const Theme t = test::load_theme_text(
        test::small_theme_with_stage_name(R"("<script>alert(1)</script> \"q\" \\N #x")"));
    const std::string mermaid = to_mermaid(t, Lang::En);
    CHECK(
        mermaid.find(
            R"(s2["#lt;script#gt;alert(1)#lt;/script#gt; #quot;q#quot; \N #35;x<br>3 business days"])") !=
        std::string::npos);
    CHECK(mermaid.find("<script") == std::string::npos);
    const std::string dot = to_dot(t, Lang::En);
    CHECK(
        dot.find(R"("offer" [label="<script>alert(1)</script> \"q\" \\N #x\n3 business days"];)") !=
        std::string::npos);
}

TEST_CASE("transitions to stages that do not exist are left out of the graph") {
    std::string text = test::k_small_theme;
    text.replace(text.find("next: [offer]"), 13, "next: [offer, nowhere]");
    const Theme t = test::load_theme_text(text);
    CHECK(stage_edges(t).size() == 3);
    CHECK(to_dot(t, Lang::En).find("nowhere") == std::string::npos);
}
