// The simulation's violations and warnings: one table, and a page for each
// whose wrong example scenario really reports it and whose right one does not.
#include "simulate/violations.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "check/registry.h"
#include "simulate/engine.h"
#include "simulate/scenario_run.h"
#include "test_support.h"
#include "util/embedded.h"

using namespace reltheme;

namespace {

/// The first ```yaml block after `heading` in a page.
std::string example(std::string_view page, std::string_view heading) {
    const auto h = page.find(heading);
    if (h == std::string_view::npos) return {};
    const std::string_view fence = "```yaml\n";
    const auto b = page.find(fence, h);
    if (b == std::string_view::npos) return {};
    const auto e = page.find("```", b + fence.size());
    if (e == std::string_view::npos) return {};
    return std::string(page.substr(b + fence.size(), e - b - fence.size()));
}

/// Runs an example as if it were a file in samples/scenarios (so `../themes/` works).
ScenarioResult run(const std::string& text) {
    return run_scenario_text(text, test::source_dir() / "samples/scenarios/example.yaml",
                             ScenarioOptions{});
}

/// Whether the run reported `id`: a record of the engine or a finding of the
/// scenario file.
bool reported(const ScenarioResult& r, std::string_view id) {
    for (const auto& rec : r.records)
        if (rec.id == id) return true;
    for (const auto& f : r.findings.files) {
        for (const auto& d : f.diagnostics)
            if (d.rule == id) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("the simulation checks: one table in enum order, ids unique, the engine's among them") {
    std::set<std::string_view> ids;
    std::vector<std::string> recorded;
    for (std::size_t i = 0; i < sim_checks().size(); ++i) {
        const SimCheckInfo& c = sim_checks()[i];
        CAPTURE(c.id);
        CHECK(static_cast<std::size_t>(c.check) == i);
        CHECK(id_of(c.check) == c.id);
        CHECK(ids.insert(c.id).second);
        CHECK_FALSE(c.summary.empty());
        if (c.recorded) recorded.emplace_back(c.id);
    }
    CHECK(record_ids() == recorded);
    CHECK(id_of(SimCheck::StageOverdue) == "stage-overdue");
}

TEST_CASE("every simulation check has a page whose wrong scenario reports it and right one not") {
    for (const auto& c : sim_checks()) {
        const std::string id(c.id);
        CAPTURE(id);
        const auto page = embedded_file("docs/rules/" + id + ".md");
        REQUIRE_MESSAGE(page.has_value(), "docs/rules/" << id << ".md is missing");
        CHECK(page->starts_with("# " + id + "\n"));
        const std::string wrong = example(*page, "## Wrong scenario");
        const std::string right = example(*page, "## Right scenario");
        REQUIRE_FALSE(wrong.empty());
        REQUIRE_FALSE(right.empty());
        for (const auto& [text, should_report] :
             {std::pair{wrong, true}, std::pair{right, false}}) {
            CAPTURE(text);
            const ScenarioResult r = run(text);
            REQUIRE(r.loaded);
            CHECK(reported(r, id) == should_report);
            // The examples' own expectations hold: they say what happens.
            for (const auto& x : r.expectations) {
                CAPTURE(x.expected);
                CAPTURE(x.actual);
                CHECK(x.passed);
            }
        }
    }
}

TEST_CASE("a step timed before the deal's step written above it is a located warning") {
    const ScenarioResult r = run(R"(reltheme-scenario: 1
name: steps out of order
theme: ../themes/standard.yaml
start: 2026-03-02T09:00
deals:
  - id: D-1
    client: acme
    steps:
      - { at: +0h, do: create }
      - { at: +1d, do: move, to: intro }
      - { at: +2h, do: move, to: proposal }
  - id: D-2
    steps:
      - { at: +3h, do: create }
      - { at: +4h, do: move, to: intro }
)");
    REQUIRE(r.loaded);
    REQUIRE(r.findings.files.size() == 1);
    const auto& ds = r.findings.files.front().diagnostics;
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].rule == "step-order");
    CHECK(ds[0].severity == Severity::Warning);
    CHECK(ds[0].range.begin == Position{11, 15});
    CHECK(ds[0].message ==
          "this step of deal \"D-1\" is at 2026-03-02 11:00, earlier than the step written before "
          "it (2026-03-03 09:00); steps run in time order, so this one runs first");
    REQUIRE(ds[0].notes.size() == 1);
    CHECK(ds[0].notes[0].range.begin == Position{10, 15});
    CHECK(ds[0].notes[0].message == "the step written before it");
}

TEST_CASE("no simulation check has the id of a theme rule unless that rule's page covers it") {
    for (const auto& c : sim_checks()) {
        if (!find_check_rule(c.id)) continue;
        CAPTURE(c.id);
        const auto page = embedded_file("docs/rules/" + std::string(c.id) + ".md");
        REQUIRE(page);
        CHECK(page->find("## In a scenario") != std::string_view::npos);
    }
}
