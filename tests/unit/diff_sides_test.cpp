// Which repository files a git comparison reads.
#include "diff/sides.h"

#include <doctest/doctest.h>

using namespace reltheme;

TEST_CASE("a selection by paths takes theme files below them, hidden and ignored ones aside") {
    Selection s;
    s.prefixes = {"themes", "extra/one.yaml"};
    s.ignore = {"themes/drafts/**"};
    CHECK(s.selects("themes/a.yaml"));
    CHECK(s.selects("themes/sub/b.yml"));
    CHECK_FALSE(s.selects("themes/notes.md"));
    CHECK_FALSE(s.selects("themes/reltheme.yaml"));
    CHECK_FALSE(s.selects("themes/.hidden/c.yaml"));
    CHECK_FALSE(s.selects("themes/drafts/d.yaml"));
    CHECK_FALSE(s.selects("themesx/a.yaml"));
    CHECK(s.selects("extra/one.yaml"));
    CHECK_FALSE(s.selects("extra/two.yaml"));
}

TEST_CASE("a selection by the project's globs matches from the project folder") {
    Selection s;
    s.globs = {"themes/**/*.yaml"};
    s.project_root = "crm";
    CHECK(s.selects("crm/themes/a.yaml"));
    CHECK(s.selects("crm/themes/x/b.yaml"));
    CHECK_FALSE(s.selects("themes/a.yaml"));
    CHECK_FALSE(s.selects("crm/other/a.yaml"));
}

TEST_CASE("the whole repository is the empty prefix") {
    Selection s;
    s.prefixes = {""};
    CHECK(s.selects("a.yaml"));
    CHECK(s.selects("deep/down/b.yaml"));
    CHECK_FALSE(s.selects(".github/workflows/ci.yaml"));
}
