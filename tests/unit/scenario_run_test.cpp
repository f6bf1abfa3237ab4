#include "simulate/scenario_run.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "report/scenario_report.h"
#include "simulate/clock.h"
#include "test_support.h"

using namespace reltheme;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> sample_scenarios() {
    std::vector<fs::path> out;
    for (const auto& e :
         fs::recursive_directory_iterator(test::source_dir() / "samples/scenarios")) {
        if (e.path().extension() == ".yaml") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// Runs a scenario text placed in samples/scenarios (so `../themes/` works).
ScenarioResult run(const std::string& text) {
    return run_scenario_text(text, test::source_dir() / "samples/scenarios/test.yaml",
                             ScenarioOptions{});
}

std::vector<std::string> ids(const ScenarioResult& r) {
    std::vector<std::string> out;
    for (const auto& rec : r.records) out.push_back(rec.id);
    return out;
}

}  // namespace

TEST_CASE("every sample scenario passes and together they show every violation") {
    std::set<std::string> expected;
    const auto files = sample_scenarios();
    REQUIRE(files.size() >= 7);
    for (const auto& f : files) {
        CAPTURE(f.string());
        const ScenarioResult r = run_scenario_file(f, ScenarioOptions{});
        REQUIRE(r.loaded);
        for (const auto& x : r.expectations) {
            CAPTURE(x.expected);
            CAPTURE(x.actual);
            CHECK(x.passed);
        }
        for (const auto& e : r.scenario->expectations) {
            if (e.kind == ExpectKind::Violation || e.kind == ExpectKind::Warning)
                expected.insert(e.record);
        }
    }
    for (const auto& id : record_ids()) {
        CAPTURE(id);
        CHECK(expected.count(id) == 1);
    }
}

TEST_CASE("a refused step changes nothing and the failed expectation shows expected and actual") {
    const ScenarioResult r = run(R"(reltheme-scenario: 1
theme: ../themes/standard.yaml
start: 2026-03-02T09:00
deals:
  - id: D-1
    steps:
      - { at: +0h, do: create }
      - { at: +1h, do: move, to: payment }
expect:
  - { deal: D-1, stage: payment }
  - { violations: 0 }
)");
    REQUIRE(r.loaded);
    CHECK(ids(r) == std::vector<std::string>{"illegal-transition"});
    CHECK(r.records[0].refused);
    REQUIRE(r.expectations.size() == 2);
    CHECK_FALSE(r.expectations[0].passed);
    CHECK(r.expectations[0].expected == "D-1: stage payment");
    CHECK(r.expectations[0].actual == "D-1: stage new");
    CHECK(r.expectations[1].actual == "1 violation: illegal-transition (D-1)");
    CHECK_FALSE(r.passed());
    std::ostringstream out;
    print_scenario_human(out, r);
    CHECK(out.str().find("        deal D-1\n"
                         "        expected       actual\n"
                         "      ! stage payment  stage new\n") != std::string::npos);
    CHECK(out.str().find("FAIL: 0 of 2 expectations met; 1 violation, 0 warnings") !=
          std::string::npos);
}

TEST_CASE("steps run in time order across deals - ties in file order") {
    const ScenarioResult r = run(R"(reltheme-scenario: 1
theme: ../themes/standard.yaml
start: 2026-03-02T09:00
deals:
  - id: late
    client: acme
    steps:
      - { at: +2h, do: create }
  - id: early
    client: acme
    steps:
      - { at: +1h, do: create }
      - { at: +3h, do: close, outcome: no-need }
      - { at: +3h, do: close, outcome: no-need }
)");
    REQUIRE(r.loaded);
    // `early` was created first, so `late` is the concurrent one.
    CHECK(ids(r) == std::vector<std::string>{"concurrent-deal", "deal-closed"});
    CHECK(r.records[0].deal == 0);
}

TEST_CASE(
    "planning: required refuses a result with nothing else planned and a future plan allows it") {
    const ScenarioResult r = run(R"(reltheme-scenario: 1
theme: ../themes/standard.yaml
start: 2026-03-02T09:00
deals:
  - id: D-1
    steps:
      - { at: +0h, do: create }
      - { at: +0h, do: plan, activity: call, due: +1h }
      - { at: +1h, do: complete, activity: call }
      - { at: +1h, do: plan, activity: meeting, due: +1d }
      - { at: +1h, do: complete, activity: call }
)");
    REQUIRE(r.loaded);
    CHECK(ids(r) == std::vector<std::string>{"unplanned"});
    CHECK(r.deals[0].activities[0].status == ActivityStatus::Done);
    CHECK(r.deals[0].activities[1].status == ActivityStatus::Planned);
}

TEST_CASE(
    "deadlines are noted when the clock passes them and an approved extension moves the deal's") {
    const ScenarioResult r = run(R"(reltheme-scenario: 1
theme: ../themes/standard.yaml
start: 2026-03-06T09:00
end: +40d
deals:
  - id: D-1
    steps:
      - { at: +0h, do: create }
      - { at: +1d, do: plan, activity: call, due: +50d }
      - { at: +29d, do: extend, by: 1w, approved_by: role:head-of-sales }
)");
    REQUIRE(r.loaded);
    CHECK(ids(r) == std::vector<std::string>{"stage-overdue", "deal-overdue"});
    CHECK(format_moment(r.records[0].at) == "2026-03-07 09:00");
    CHECK(format_moment(r.records[1].at) == "2026-04-12 09:00");  // 30d + 1w
}

TEST_CASE("a scenario or theme that does not load is reported with locations") {
    ScenarioResult r = run(R"(reltheme-scenario: 1
theme: ../themes/standard.yaml
start: 2026-03-02T09:00
deals:
  - id: D-1
    steps:
      - { at: +1x, do: create }
      - { at: +1h, do: mvoe, to: intro }
      - { at: +1h, do: move, too: intro }
)");
    CHECK_FALSE(r.loaded);
    REQUIRE(r.findings.files.size() == 1);
    const auto& ds = r.findings.files[0].diagnostics;
    CHECK(test::brief(ds) ==
          std::vector<std::string>{"schema@7:15", "schema@8:24", "schema@9:9", "schema@9:30"});
    CHECK(ds[1].message.find("did you mean \"move\"") != std::string::npos);

    r = run(R"(reltheme-scenario: 1
theme: ../themes/standard.yaml
start: 2026-03-02T09:00
deals:
  - id: D-1
expect:
  - { deal: D-1, stage: propsal }
  - { violation: ilegal-transition }
)");
    CHECK_FALSE(r.loaded);
    REQUIRE(r.findings.files.size() == 1);
    CHECK(test::brief(r.findings.files[0].diagnostics) ==
          std::vector<std::string>{"unknown-stage@7:25", "schema@8:18"});
    CHECK(r.findings.files[0].diagnostics[1].message.find("did you mean \"illegal-transition\"") !=
          std::string::npos);

    r = run(R"(reltheme-scenario: 1
theme: ../themes/missing.yaml
start: 2026-03-02T09:00
deals: []
)");
    CHECK_FALSE(r.loaded);
    CHECK(r.findings.files.back().diagnostics.back().rule == "missing-file");
}

TEST_CASE("coverage lists what no scenario reached") {
    const ScenarioResult r = run(R"(reltheme-scenario: 1
theme: ../themes/standard.yaml
start: 2026-03-02T09:00
deals:
  - id: D-1
    steps:
      - { at: +0h, do: create }
      - { at: +1h, do: move, to: intro }
      - { at: +2h, do: close, outcome: no-need }
)");
    const auto c = coverage_of({r});
    REQUIRE(c.size() == 1);
    CHECK(c[0].stages_missed == std::vector<std::string>{"proposal", "payment", "shipment"});
    CHECK(c[0].transitions_missed.size() == 4);
    CHECK(c[0].outcomes_missed ==
          std::vector<std::string>{"won", "lost", "too-expensive", "competitor", "repeat-order"});
}

TEST_CASE("a document without stages is offered at no stage: sending it is refused") {
    const test::TempDir temp;
    const fs::path& dir = temp.path;
    {
        std::ofstream theme(dir / "theme.yaml");
        theme << "reltheme: 1\nid: t\nname: T\ntype: sales\nstages:\n"
                 "  - { id: new, name: New, next: [done] }\n  - { id: done, name: Done }\n"
                 "documents:\n  - { id: act, name: Act, kind: online }\n"
                 "  - { id: offer, name: Offer, kind: online, stages: [done] }\n";
    }
    const ScenarioResult r = run_scenario_text(
        "reltheme-scenario: 1\ntheme: theme.yaml\nstart: 2026-03-02T09:00\ndeals:\n"
        "  - id: D\n    steps:\n      - { at: +0m, do: create }\n"
        "      - { at: +1h, do: send, document: act }\n"
        "      - { at: +2h, do: send, document: offer }\n",
        dir / "s.yaml", ScenarioOptions{});
    REQUIRE(r.loaded);
    std::vector<std::string> messages;
    for (const auto& rec : r.records) {
        if (rec.id == "document-not-available") messages.push_back(rec.message);
    }
    CHECK(messages == std::vector<std::string>{
                          "document act is offered at no stage (its \"stages\" lists none), so "
                          "it cannot be sent at new",
                          "document offer is offered at stage done, not at new"});
}
