#include "util/plural.h"

#include <doctest/doctest.h>

#include <cstdint>

using namespace reltheme;

TEST_CASE("plural: the noun agrees with the count") {
    CHECK(plural(1, "deal") == "1 deal");
    CHECK(plural(2, "deal") == "2 deals");
    CHECK(plural(0, "deal") == "0 deals");
    CHECK(plural(std::uint64_t{1}, "run") == "1 run");
    CHECK(plural(std::size_t{2}, "open deal") == "2 open deals");
    CHECK(plural(1, "breaking change") == "1 breaking change");
    CHECK(plural(1, "theme does not validate", "themes do not validate") ==
          "1 theme does not validate");
    CHECK(plural(2, "theme does not validate", "themes do not validate") ==
          "2 themes do not validate");
    CHECK(plural(1.0, "day") == "1 day");
    CHECK(plural(2.0, "day") == "2 days");
    CHECK(plural(1.5, "day") == "1.5 days");
}
