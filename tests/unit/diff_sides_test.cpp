// Which repository files a git comparison reads.
#include "diff/sides.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "test_support.h"

namespace fs = std::filesystem;
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

namespace {

/// A repository in `dir` with one commit holding themes/a.yaml.
bool make_repository(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir / "themes");
    std::ofstream(dir / "themes" / "a.yaml") << "reltheme: 1\nid: a\n";
    const std::string git =
        "git -C '" + dir.string() +
        "' -c user.name=t -c user.email=t@example.com -c init.defaultBranch=main ";
    return std::system(
               (git + "init -q && " + git + "add themes && " + git + "commit -q -m one").c_str()) ==
           0;
}

}  // namespace

TEST_CASE("git sides: a revision against the working tree, and what names nothing") {
    test::TempDir dir;
    REQUIRE(make_repository(dir.path));
    const fs::path root = fs::canonical(dir.path);

    GitSides sides =
        sides_from_git({"HEAD", "", ""}, {(root / "themes").string()}, ProjectConfig{}, root, {});
    REQUIRE(sides.errors.empty());
    REQUIRE(sides.old_side.side.files.size() == 1);
    CHECK(sides.old_side.side.files[0].key == "themes/a.yaml");
    REQUIRE(sides.new_side.side.files.size() == 1);
    CHECK(sides.new_side.side.files[0].key == "themes/a.yaml");

    const std::string missing = (root / "missing.yaml").string();
    CHECK(sides_from_git({"", "HEAD", "HEAD"}, {missing}, ProjectConfig{}, root, {}).errors ==
          std::vector<std::string>{missing + ": no such file or folder in HEAD or HEAD"});

    const auto unknown = sides_from_git({"no-such-branch", "", ""}, {}, ProjectConfig{}, root, {});
    REQUIRE(unknown.errors.size() == 1);
    CHECK(unknown.errors[0].starts_with("unknown revision \"no-such-branch\": "));
    CHECK(unknown.old_side.side.files.empty());
}
