#include "simulate/discover.h"

#include <doctest/doctest.h>

#include <fstream>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
}

const char* const k_scenario =
    "reltheme-scenario: 1\ntheme: t.yaml\nstart: 2026-03-02T09:00\ndeals: []\n";

}  // namespace

TEST_CASE(
    "a folder gives its scenarios in name order, skipping other files, hidden and ignored "
    "ones") {
    test::TempDir dir;
    write(dir.path / "b.yaml", k_scenario);
    write(dir.path / "a" / "z.yml", k_scenario);
    write(dir.path / "theme.yaml", "reltheme: 1\nid: t\n");
    write(dir.path / "model.yaml", "reltheme-model: 1\ntheme: t.yaml\n");
    write(dir.path / "notes.txt", k_scenario);
    write(dir.path / ".hidden" / "h.yaml", k_scenario);
    write(dir.path / "drafts" / "d.yaml", k_scenario);
    ProjectConfig config;
    config.root = dir.path;
    config.ignore = {"drafts/**"};
    const ScenarioDiscovery found = discover_scenarios({dir.path.string()}, config, 1 << 20);
    CHECK(found.failures.empty());
    CHECK(found.files == std::vector<fs::path>{dir.path / "a" / "z.yml", dir.path / "b.yaml"});

    // Without the ignore glob the drafts are scenarios too.
    config.ignore.clear();
    CHECK(discover_scenarios({dir.path.string()}, config, 1 << 20).files ==
          std::vector<fs::path>{dir.path / "a" / "z.yml", dir.path / "b.yaml",
                                dir.path / "drafts" / "d.yaml"});
}

TEST_CASE("a file named on the command line is taken as given, and a missing path is an error") {
    test::TempDir dir;
    write(dir.path / "notes.txt", "not a scenario");
    const std::string missing = (dir.path / "missing.yaml").string();
    const ScenarioDiscovery found =
        discover_scenarios({(dir.path / "notes.txt").string(), missing}, ProjectConfig{}, 1 << 20);
    CHECK(found.files == std::vector<fs::path>{dir.path / "notes.txt"});
    REQUIRE(found.failures.size() == 1);
    CHECK(found.failures[0].reason == FailureReason::MissingPath);
    CHECK(found.failures[0].path == missing);
    CHECK(found.failures[0].message == missing + ": no such file or folder");
}
