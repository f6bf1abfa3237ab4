// money(): the one format of an amount in simulation texts and tables.
#include <doctest/doctest.h>

#include "simulate/engine.h"

using namespace reltheme;

TEST_CASE("money prints whole amounts without decimals and others with two") {
    CHECK(money(0) == "0");
    CHECK(money(1500) == "1500");
    CHECK(money(99.5) == "99.50");
    CHECK(money(0.125) == "0.12");
}

TEST_CASE("money never prints -0") {
    CHECK(money(-0.0) == "0");
}

TEST_CASE("money prints large whole amounts as whole, past the range of an integer") {
    CHECK(money(1e16) == "10000000000000000");
    CHECK(money(1e20) == "100000000000000000000");
}
