// The sample themes are what users copy from: they must stay clean under
// every rule, with the samples' own project file (its registry included).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "check/engine.h"
#include "load/discover.h"
#include "load/project.h"
#include "test_support.h"

using namespace reltheme;
namespace fs = std::filesystem;

TEST_CASE("samples are clean under lint with their project file") {
    const fs::path samples = test::source_dir() / "samples";
    const ProjectConfig config = test::project_config(samples / "reltheme.yaml");
    REQUIRE(config.registry);
    CheckOptions options;
    options.lint = true;
    options.config = config;
    const Discovery discovery = discover_inputs({samples.string()}, config, "");
    CHECK(discovery.errors.empty());
    CHECK(discovery.files.size() >= 6);
    const Findings findings = check_inputs(discovery.files, options, disk_reader(1u << 24));
    std::vector<std::string> found;
    for (const auto& f : findings.files) {
        for (const auto& d : f.diagnostics) {
            found.push_back(d.file + ":" + std::to_string(d.range.begin.line) + ": " + d.rule +
                            ": " + d.message);
        }
    }
    CHECK(found == std::vector<std::string>{});
}
