#include "render/escape.h"

#include <doctest/doctest.h>

using namespace reltheme::render;

TEST_CASE("html_escape escapes markup and quotes") {
    CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(html_escape("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &#39;c&#39;");
    CHECK(html_escape("Оплата") == "Оплата");
}

TEST_CASE("clean_text replaces control characters and invalid UTF-8") {
    CHECK(clean_text("a\x1b[31mb") == "a\xEF\xBF\xBD[31mb");
    CHECK(clean_text("line\r\nnext\rthird") == "line\nnext\nthird");
    CHECK(clean_text("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
    CHECK(clean_text("c1 \xC2\x85 end") == "c1 \xEF\xBF\xBD end");
    CHECK(clean_text("tab\tkept") == "tab\tkept");
}

TEST_CASE("markdown_escape keeps text from turning into markup") {
    CHECK(markdown_escape("<script>") == "\\<script\\>");
    CHECK(markdown_escape("*bold* _x_ [a](b) `c` |") ==
          "\\*bold\\* \\_x\\_ \\[a\\](b) \\`c\\` \\|");
    CHECK(markdown_escape("two\nlines") == "two lines");
    CHECK(markdown_escape("Коммерческое предложение") == "Коммерческое предложение");
}

TEST_CASE("dot_escape and mermaid_escape keep labels inside their quotes") {
    CHECK(dot_escape(R"(say "hi" \N)") == R"(say \"hi\" \\N)");
    CHECK(dot_escape("a\nb") == "a b");
    CHECK(mermaid_escape("<script>\"x\" #1 & `y`") ==
          "#lt;script#gt;#quot;x#quot; #35;1 #amp; #96;y#96;");
}

TEST_CASE("markdown_escape keeps a leading list marker from starting a list") {
    CHECK(markdown_escape("- not a list", true) == "\\- not a list");
    CHECK(markdown_escape("1. not a list", true) == "1\\. not a list");
    CHECK(markdown_escape("2024) year", true) == "2024\\) year");
    CHECK(markdown_escape("=== x", true) == "\\=== x");
    CHECK(markdown_escape("a - b 1. c", true) == "a - b 1. c");
    CHECK(markdown_escape("1. inside a line") == "1. inside a line");
}
