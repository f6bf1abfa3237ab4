#include "util/spelling.h"

#include "load/node_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace reltheme;

TEST_CASE("closest_match takes a word cut short when no typo is near") {
    const std::vector<std::string> results = {"success", "failure"};
    CHECK(closest_match("fail", results) == "failure");
    CHECK(closest_match("succes", results) == "success");
    CHECK(closest_match("fa", results) == std::nullopt);  // too short to guess
    const std::vector<std::string> two = {"payment", "payments-due"};
    CHECK(closest_match("pay", two) == std::nullopt);  // two words begin so
    CHECK(closest_match("zzz", results) == std::nullopt);
}

TEST_CASE("a Cyrillic letter in a Latin word is found with its look-alike") {
    const auto found = find_cyrillic("oplat\u0430");
    REQUIRE(found);
    CHECK(found->index == 5);
    CHECK(found->letter == "\u0430");
    CHECK(found->latin == 'a');
    CHECK(found->code == 0x430);
    CHECK_FALSE(find_cyrillic("oplata"));
    CHECK(latin_lookalike("\u0441\u0440m") == "cpm");
    CHECK(latin_lookalike("oplata") == std::nullopt);
    CHECK(latin_lookalike("\u0431x") == std::nullopt);  // б looks like no Latin letter
    CHECK(cyrillic_note("oplat\u0430", 12) ==
          "; \"\u0430\" at column 17 is a Cyrillic letter (U+0430), not the Latin \"a\"");
    CHECK(cyrillic_note("\u0431ank", 1) ==
          "; \"\u0431\" at column 1 is a Cyrillic letter (U+0431); ids are Latin");
    CHECK(cyrillic_note("bank", 1).empty());
}
