#include "render/format.h"

#include <doctest/doctest.h>

using namespace reltheme::render;

TEST_CASE("render's formats by --to name and by file extension") {
    CHECK(format_names() == std::vector<std::string>{"md", "html", "mermaid", "dot", "svg"});
    CHECK(format_named("mermaid") == Format::Mermaid);
    CHECK(format_named("markdown") == std::nullopt);
    CHECK(format_of_extension("site/standard.htm") == Format::Html);
    CHECK(format_of_extension("graph.gv") == Format::Dot);
    CHECK(format_of_extension("out.pdf") == std::nullopt);
    CHECK(format_of_extension("README") == std::nullopt);
    CHECK(extension_of(Format::Markdown) == ".md");
    CHECK(extension_of(Format::Mermaid) == ".mmd");
    CHECK(extension_list() == ".md, .markdown, .html, .htm, .mmd, .mermaid, .dot, .gv and .svg");
    // Every format's own extension names it again.
    for (const auto& name : format_names()) {
        CAPTURE(name);
        const Format f = *format_named(name);
        CHECK(format_of_extension("x" + extension_of(f)) == f);
    }
}
