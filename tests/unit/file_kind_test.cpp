#include "load/file_kind.h"

#include <doctest/doctest.h>

using namespace reltheme;

TEST_CASE("file_marker: the first marker key, a BOM allowed, none in a theme") {
    const auto deal = file_marker("\xEF\xBB\xBF# sample\nreltheme-deal: 1\nclient: {}\n");
    REQUIRE(deal);
    CHECK(deal->kind == FileKind::Deal);
    CHECK(deal->line == 2);
    CHECK(deal->key == "reltheme-deal");
    CHECK(kind_name(deal->kind) == "deal");
    CHECK(file_kind("reltheme-model: 1\nstages: {}\n") == FileKind::Model);
    CHECK(file_kind("reltheme-scenario: 1\n") == FileKind::Scenario);
    CHECK(file_kind("reltheme: 1\nid: t\n") == FileKind::Theme);
    // A theme that also has a marker key is checked as a theme (the key is its schema error).
    CHECK_FALSE(file_marker("reltheme-model: 1\nreltheme: 1\n"));
    // Only a key at the start of a line, and the whole key.
    CHECK(file_kind("  reltheme-deal: 1\n") == FileKind::Theme);
    CHECK(file_kind("reltheme-dealer: 1\n") == FileKind::Theme);
}
