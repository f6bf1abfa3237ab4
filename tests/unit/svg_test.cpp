#include "render/svg.h"

#include <doctest/doctest.h>

#include "render/graph.h"
#include "render_fixture.h"

using namespace reltheme;
using namespace reltheme::render;

TEST_CASE("dot_to_svg lays out a stage graph in-process") {
    const Theme t = test::load_theme_text(test::k_small_theme);
    std::string error;
    const auto svg = dot_to_svg(to_dot(t, Lang::En), error);
    REQUIRE_MESSAGE(svg, error);
    CHECK(svg->find("<svg") != std::string::npos);
    CHECK(svg->find(">Offer</text>") != std::string::npos);
    CHECK(svg->find(">3 business days</text>") != std::string::npos);
    CHECK(svg->find("stroke-dasharray") != std::string::npos);  // the back-edge
    const std::string inline_part = inline_svg(*svg);
    CHECK(inline_part.starts_with("<svg"));
    CHECK(inline_part.ends_with("</svg>"));
}

TEST_CASE("dot_to_svg escapes hostile labels in the SVG") {
    const Theme t =
        test::load_theme_text(test::small_theme_with_stage_name(R"("<script>alert(1)</script>")"));
    std::string error;
    const auto svg = dot_to_svg(to_dot(t, Lang::En, DotOptions{true}), error);
    REQUIRE_MESSAGE(svg, error);
    CHECK(svg->find("<script") == std::string::npos);
    CHECK(svg->find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("dot_to_svg reports a graph it cannot read") {
    std::string error;
    CHECK_FALSE(dot_to_svg("digraph { a -> ", error));
    CHECK_FALSE(error.empty());
}
