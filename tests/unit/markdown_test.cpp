#include "render/markdown.h"

#include <doctest/doctest.h>

using namespace reltheme::render;

TEST_CASE("markdown_to_html renders Markdown and shows raw HTML as text") {
    CHECK(markdown_to_html("Be *quick*.", 3) == "<p>Be <em>quick</em>.</p>\n");
    CHECK(markdown_to_html("x <b>y</b>", 3) == "<p>x &lt;b&gt;y&lt;/b&gt;</p>\n");
    CHECK(markdown_to_html("<script>alert(1)</script>\n", 3) ==
          "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    CHECK(markdown_to_html("<div onclick=\"x()\">\nhi\n</div>\n", 3) ==
          "<p>&lt;div onclick=&quot;x()&quot;&gt;\nhi\n&lt;/div&gt;</p>\n");
}

TEST_CASE("markdown_to_html drops dangerous link addresses and turns images into links") {
    CHECK(markdown_to_html("[x](javascript:alert(1))", 3) == "<p><a href=\"\">x</a></p>\n");
    CHECK(markdown_to_html("[x](JaVa\tScript:alert(1))", 3).find("javascript") ==
          std::string::npos);
    CHECK(markdown_to_html("[x](https://example.com/a)", 3) ==
          "<p><a href=\"https://example.com/a\">x</a></p>\n");
    CHECK(markdown_to_html("![logo](https://example.com/l.png)", 3) ==
          "<p><a href=\"https://example.com/l.png\">logo</a></p>\n");
    CHECK(markdown_to_html("![x](data:image/png;base64,AAA)", 3) == "<p><a href=\"\">x</a></p>\n");
}

TEST_CASE("headings shift so the highest one lands on the base level") {
    CHECK(markdown_to_html("# A\n\n## B\n", 3) == "<h3>A</h3>\n<h4>B</h4>\n");
    CHECK(markdown_to_html("## Only\n", 2) == "<h2>Only</h2>\n");
    CHECK(markdown_to_html("# A\n\n###### F\n", 4) == "<h4>A</h4>\n<h6>F</h6>\n");
    CHECK(markdown_to_markdown("# A\n\ntext <i>x</i>\n", 3) == "### A\n\ntext \\<i\\>x\\</i\\>\n");
}

TEST_CASE("is_safe_url tells scripts from addresses") {
    CHECK(is_safe_url("https://example.com"));
    CHECK(is_safe_url("docs/page.html"));
    CHECK(is_safe_url("#stage-new"));
    CHECK(is_safe_url("mailto:a@b.c"));
    CHECK(is_safe_url("a/b:c"));
    CHECK_FALSE(is_safe_url("javascript:alert(1)"));
    CHECK_FALSE(is_safe_url(" JAVASCRIPT:alert(1)"));
    CHECK_FALSE(is_safe_url("vbscript:x"));
    CHECK_FALSE(is_safe_url("data:text/html,x"));
    CHECK_FALSE(is_safe_url("file:///etc/passwd"));
}
