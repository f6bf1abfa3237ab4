#include "util/source.h"

#include <doctest/doctest.h>

#include "util/glob.h"
#include "util/spelling.h"
#include "util/utf8.h"

using namespace reltheme;

TEST_CASE("positions count characters, so Cyrillic lines point right") {
    const SourceText s("f.yaml", "name: Новый\nnext: [Знакомство, x]\n");
    CHECK(s.line_count() == 3);
    CHECK(s.line(2) == "next: [Знакомство, x]");
    const std::size_t x = s.text().find("x]");
    CHECK(s.position_at(x) == Position{2, 20});
    CHECK(s.offset_of(Position{2, 20}) == x);
}

TEST_CASE("lines break at LF, CRLF and a lone CR") {
    const SourceText s("f.yaml", "a: 1\r\nb: 2\rc: 3\n");
    CHECK(s.line(1) == "a: 1");
    CHECK(s.line(2) == "b: 2");
    CHECK(s.line(3) == "c: 3");
    CHECK(s.position_at(s.text().find('c')) == Position{3, 1});
}

TEST_CASE("columns on a long line agree with a scan from the line's start") {
    // Two-, three- and four-byte characters, invalid bytes and a truncated
    // sequence, over a line far longer than the index's 256-byte steps, and
    // a second long line after a CRLF.
    std::string line;
    for (int i = 0; i < 400; ++i)
        line += i % 7 == 0    ? "Ж"
                : i % 11 == 0 ? "€"
                : i % 13 == 0 ? "😀"
                : i % 17 == 0 ? "\xFF"
                              : "b,";
    line += "\xE2\x82";
    const std::string text = "a: 1\r\n" + line + "\n" + line + "x";
    const SourceText s("f.yaml", text);
    REQUIRE(s.line_count() == 3);
    for (int l = 2; l <= 3; ++l) {
        const std::string_view raw = s.line(l);
        const std::size_t start = static_cast<std::size_t>(raw.data() - s.text().data());
        CHECK(s.line_length(l) == utf8_length(raw));
        for (std::size_t n = 0; n <= utf8_length(raw) + 2; ++n) {
            const std::size_t at = utf8_offset_of_char(raw, n);
            REQUIRE(s.line_offset_of_char(l, n) == at);
            if (n < utf8_length(raw)) {
                REQUIRE(s.position_at(start + at) == Position{l, static_cast<int>(n) + 1});
                REQUIRE(s.offset_of(Position{l, static_cast<int>(n) + 1}) == start + at);
            }
        }
        // An offset inside a character counts as the plain scan does.
        for (std::size_t o = 0; o <= raw.size(); ++o) {
            REQUIRE(s.position_at(start + o) ==
                    Position{l, static_cast<int>(utf8_length(raw.substr(0, o))) + 1});
        }
    }
    CHECK(s.line_length(4) == 0);
    CHECK(s.line_offset_of_char(0, 3) == 0);
}

TEST_CASE("utf8 validation finds the first bad byte") {
    CHECK_FALSE(utf8_first_invalid("Отгрузка"));
    CHECK(utf8_first_invalid("ab\xFF") == 2u);
    CHECK(utf8_first_invalid("\xC0\xAF") == 0u);      // overlong
    CHECK(utf8_first_invalid("\xED\xA0\x80") == 0u);  // surrogate
    CHECK(utf8_first_invalid("ok\xE2\x82") == 2u);    // truncated
    CHECK(utf8_length("Новый") == 5);
}

TEST_CASE("printable escapes terminal control characters") {
    CHECK(printable("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(printable("bell\a") == "bell\\x07");
    CHECK(printable("Этап\ttab") == "Этап\ttab");
    CHECK(printable("\xC2\x9B") == "\\u009b");  // C1 CSI
    CHECK(printable("\xFF") == "\\xff");
}

TEST_CASE("closest_match suggests near ids only") {
    const std::vector<std::string> ids = {"proposal", "payment", "shipment"};
    CHECK(closest_match("propsal", ids) == "proposal");
    CHECK(closest_match("paymnt", ids) == "payment");
    CHECK_FALSE(closest_match("zzzzzz", ids));
    CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("globs match segments, ** and classes") {
    CHECK(glob_match("themes/**/*.yaml", "themes/a.yaml"));
    CHECK(glob_match("themes/**/*.yaml", "themes/x/y/a.yaml"));
    CHECK_FALSE(glob_match("themes/*.yaml", "themes/x/a.yaml"));
    CHECK(glob_match("themes/drafts/**", "themes/drafts/a/b.yaml"));
    CHECK_FALSE(glob_match("themes/drafts/**", "themes/other.yaml"));
    CHECK(glob_match("t?st/[ab].yml", "test/a.yml"));
    CHECK_FALSE(glob_match("t?st/[ab].yml", "test/c.yml"));
    CHECK(glob_match("./a/*.yaml", "a/b.yaml"));
}
