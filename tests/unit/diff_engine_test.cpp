// The change kinds end to end: every folder tests/diff/<case>/ holds an old and
// a new version (old.yaml and new.yaml, or folders old/ and new/ with
// templates) and the whole expected report in one or more formats:
// expected.txt (human, no colour), expected.json, expected.md, expected.github.
// A reltheme.yaml in the case folder is the project file of both sides.
// RELTHEME_UPDATE_GOLDEN=1 rewrites the expected files from the output.
#include "diff/engine.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "catalogue/catalogue.h"
#include "diff/change_kind.h"
#include "diff/sides.h"
#include "report/diff_report.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

DiffResult run_case(const fs::path& dir) {
    test::InFolder here(dir);
    ProjectConfig config;
    if (fs::exists("reltheme.yaml")) config = test::project_config("reltheme.yaml");
    const bool folders = fs::is_directory("old");
    const SideSource old_side = side_from_path(folders ? "old" : "old.yaml", config, {});
    const SideSource new_side = side_from_path(folders ? "new" : "new.yaml", config, {});
    CHECK(old_side.errors.empty());
    CHECK(new_side.errors.empty());
    DiffOptions options;
    options.config = config;
    options.pair_files = !folders;
    return diff_sides(old_side.side, new_side.side, options);
}

std::string render(const DiffResult& result, const std::string& format) {
    std::ostringstream out;
    if (format == "json")
        print_diff_json(out, result);
    else if (format == "md")
        print_diff_markdown(out, result);
    else if (format == "github")
        print_diff_github(out, result);
    else
        print_diff_human(out, result, HumanOptions{});
    return out.str();
}

std::vector<fs::path> case_dirs() {
    std::vector<fs::path> dirs;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "tests/diff")) {
        if (e.is_directory()) dirs.push_back(e.path());
    }
    std::sort(dirs.begin(), dirs.end());
    return dirs;
}

const char* k_formats[] = {"txt", "json", "md", "github"};

}  // namespace

TEST_CASE("every diff case gives exactly its expected report") {
    const bool update = std::getenv("RELTHEME_UPDATE_GOLDEN") != nullptr;
    const auto dirs = case_dirs();
    CHECK(dirs.size() >= 45);
    for (const auto& dir : dirs) {
        CAPTURE(dir.string());
        const DiffResult result = run_case(dir);
        int expectations = 0;
        for (const char* format : k_formats) {
            const fs::path expected = dir / (std::string("expected.") + format);
            if (!fs::exists(expected)) continue;
            ++expectations;
            const std::string actual = render(result, format);
            if (update) {
                std::ofstream(expected, std::ios::binary) << actual;
                continue;
            }
            CHECK(actual == test::read_text(expected));
        }
        if (update && expectations == 0) {
            std::ofstream(dir / "expected.txt", std::ios::binary) << render(result, "txt");
            ++expectations;
        }
        CHECK_MESSAGE(expectations > 0, dir << " has no expected.txt, .json, .md or .github");
    }
}

TEST_CASE("every change kind is shown by some diff case") {
    std::string all;
    for (const auto& dir : case_dirs()) {
        for (const char* format : k_formats) {
            const fs::path expected = dir / (std::string("expected.") + format);
            if (fs::exists(expected)) all += test::read_text(expected);
        }
    }
    for (const ChangeKind* kind : all_change_kinds()) {
        const std::string id(kind->id());
        CAPTURE(id);
        const bool shown = all.find("[" + id + "]") != std::string::npos ||
                           all.find("\"kind\": \"" + id + "\"") != std::string::npos ||
                           all.find("`" + id + "`") != std::string::npos;
        CHECK_MESSAGE(shown, "no tests/diff case shows " << id);
    }
}

TEST_CASE("every change kind is a Diff rule with a breaking flag that matches its severity") {
    const auto& kinds = all_change_kinds();
    CHECK(kinds.size() >= 45);
    std::set<std::string> ids;
    for (const RuleInfo& rule : rule_catalogue()) {
        if (rule.group == "diff") ids.insert(rule.id);
    }
    CHECK(ids.size() == kinds.size());
    for (const ChangeKind* kind : kinds) {
        CAPTURE(std::string(kind->id()));
        if (kind->breaking() == Breaking::Yes) CHECK(kind->default_severity() == Severity::Error);
        if (kind->breaking() == Breaking::No) CHECK(kind->default_severity() != Severity::Error);
    }
}
