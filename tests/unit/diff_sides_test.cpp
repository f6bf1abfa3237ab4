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

TEST_CASE("sides_from_paths: two paths of one kind, at most one standard input") {
    const ProjectConfig config;
    const RuleIds ids;
    const auto one = sides_from_paths({"a.yaml"}, config, false, "", ids);
    CHECK(one.errors == std::vector<std::string>{
                            "give OLD and NEW (two files or two folders), or --against REF, or "
                            "--from REF --to REF"});
    const auto stdin_twice = sides_from_paths({"-", "-"}, config, false, "", ids);
    CHECK(stdin_twice.errors ==
          std::vector<std::string>{"only one of OLD and NEW can be standard input"});
    const fs::path dir = fs::temp_directory_path() / "reltheme-sides-from-paths-test";
    fs::remove_all(dir);
    fs::create_directories(dir / "old");
    const std::string folder = (dir / "old").string();
    const std::string file = (dir / "new.yaml").string();
    std::ofstream(file) << "reltheme: 1\nid: a\n";
    const auto mixed = sides_from_paths({folder, file}, config, true, "", ids);
    CHECK(mixed.errors ==
          std::vector<std::string>{"\"" + folder + "\" is a folder but \"" + file +
                                   "\" is a file; compare two files or two folders"});
    fs::remove_all(dir);
}

TEST_CASE("sides_from_paths: each side is governed by the project file above it") {
    const fs::path dir = fs::temp_directory_path() / "reltheme-sides-projects-test";
    fs::remove_all(dir);
    fs::create_directories(dir / "old");
    fs::create_directories(dir / "new");
    std::ofstream(dir / "old" / "reltheme.yaml") << "rules: {no-such-rule: off}\n";
    std::ofstream(dir / "old" / "a.yaml") << "reltheme: 1\nid: a\n";
    std::ofstream(dir / "new" / "a.yaml") << "reltheme: 1\nid: a\n";
    const auto sides =
        sides_from_paths({(dir / "old" / "a.yaml").string(), (dir / "new" / "a.yaml").string()},
                         ProjectConfig{}, false, "", {"missing-description"});
    CHECK(sides.errors.empty());
    REQUIRE(sides.projects.size() == 1);
    CHECK_FALSE(sides.projects[0].config);
    REQUIRE(sides.projects[0].diagnostics.size() == 1);
    CHECK(sides.projects[0].diagnostics[0].message == "unknown rule \"no-such-rule\" in \"rules\"");
    CHECK(sides.old_side.side.files.empty());
    CHECK_FALSE(sides.pair_files);
    fs::remove_all(dir);
}
