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
