#include "util/excerpt.h"

#include <doctest/doctest.h>

#include <string>

using namespace reltheme;

TEST_CASE("excerpt: a short value is quoted whole, escaped") {
    CHECK(excerpt("proposal") == "proposal");
    CHECK(excerpt("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(excerpt(std::string(48, 'x')) == std::string(48, 'x'));
}

TEST_CASE("excerpt: a long value is cut after 48 characters, never inside one") {
    CHECK(excerpt(std::string(49, 'x')) == std::string(48, 'x') + "…");
    CHECK(
        excerpt(
            "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n") ==
        "root:x:0:0:root:/root:/bin/bash\\x0adaemon:x:1:1:…");
    // Cyrillic letters are two bytes each: 48 letters, not 24.
    std::string cyrillic;
    for (int i = 0; i < 60; ++i) cyrillic += "я";
    std::string first48;
    for (int i = 0; i < 48; ++i) first48 += "я";
    CHECK(excerpt(cyrillic) == first48 + "…");
    CHECK(excerpt("abcdef", 3) == "abc…");
}
