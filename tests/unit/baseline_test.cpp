#include "check/baseline.h"

#include <doctest/doctest.h>

#include "load/baseline.h"
#include "report/human.h"
#include "report_support.h"
#include "util/severity_counts.h"

using namespace reltheme;
using namespace reltheme::test;

namespace {

/// Parses a baseline's text; the findings as "line:column: message".
std::optional<Baseline> parse(const std::string& text,
                              std::vector<std::string>* problems = nullptr) {
    const SourceText source("known.json", text);
    DiagnosticSink sink("known.json");
    auto baseline = parse_baseline(source, sink);
    if (problems) {
        for (const auto& d : sink.items())
            problems->push_back(std::to_string(d.range.begin.line) + ":" +
                                std::to_string(d.range.begin.column) + ": " + d.rule + ": " +
                                d.message);
    }
    return baseline;
}

/// A project at /repo; findings name files under it.
ProjectConfig repo() {
    ProjectConfig config;
    config.file = "/repo/reltheme.yaml";
    config.root = "/repo";
    return config;
}

/// Findings of /repo/themes/a.yaml: `stages` unknown-stage errors and one
/// missing-instruction warning; /repo/themes/b.yaml: one unknown-stage.
Findings run(int stages) {
    Findings f;
    std::vector<Diagnostic> a;
    for (int i = 0; i < stages; ++i)
        a.push_back(finding("unknown-stage", "/repo/themes/a.yaml", {{5, 10 + i}, {5, 11 + i}},
                            "stage \"x" + std::to_string(i) + "\" does not exist"));
    a.push_back(finding("missing-instruction", "/repo/themes/a.yaml", {{2, 5}, {2, 6}},
                        "theme \"a\" has no instruction", Severity::Warning));
    add_file_findings(f, SourceText("/repo/themes/a.yaml", ""), a);
    add_file_findings(f, SourceText("/repo/themes/b.yaml", ""),
                      {finding("unknown-stage", "/repo/themes/b.yaml", {{7, 3}, {7, 4}},
                               "stage \"y\" does not exist")});
    return f;
}

Baseline recorded(int a_stages) {
    Baseline b;
    b.counts["themes/a.yaml"]["unknown-stage"] = a_stages;
    b.counts["themes/a.yaml"]["missing-instruction"] = 1;
    b.counts["themes/b.yaml"]["unknown-stage"] = 1;
    return b;
}

}  // namespace

TEST_CASE("a baseline is read by file, rule and count") {
    const auto b = parse(R"({
  "version": 1,
  "files": {
    "themes/a.yaml": {"unknown-stage": {"count": 2}, "long-name": {"count": 1}},
    "themes/b c.yaml": {"dead-end": {"count": 3}}
  }
})");
    REQUIRE(b);
    CHECK(b->counts == std::map<std::string, std::map<std::string, int>>{
                           {"themes/a.yaml", {{"long-name", 1}, {"unknown-stage", 2}}},
                           {"themes/b c.yaml", {{"dead-end", 3}}}});
}

TEST_CASE("a baseline's text is sorted, stable and ends with a newline") {
    Baseline b;
    b.counts["themes/z.yaml"]["unknown-stage"] = 2;
    b.counts["themes/a \"quoted\"\\.yaml"]["dead-end"] = 1;
    b.counts["themes/a \"quoted\"\\.yaml"]["long-name"] = 3;
    const std::string text = baseline_text(b);
    CHECK(text ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"files\": {\n"
          "    \"themes/a \\\"quoted\\\"\\\\.yaml\": {\n"
          "      \"dead-end\": {\"count\": 1},\n"
          "      \"long-name\": {\"count\": 3}\n"
          "    },\n"
          "    \"themes/z.yaml\": {\n"
          "      \"unknown-stage\": {\"count\": 2}\n"
          "    }\n"
          "  }\n"
          "}\n");
    const auto again = parse(text);
    REQUIRE(again);
    CHECK(again->counts == b.counts);
    CHECK(baseline_text(Baseline{}) == "{\n  \"version\": 1,\n  \"files\": {}\n}\n");
    CHECK(parse(baseline_text(Baseline{}))->counts.empty());
}

TEST_CASE("a damaged baseline is refused with the line and column of each mistake") {
    std::vector<std::string> problems;
    CHECK_FALSE(
        parse("{\"version\": 1, \"files\": {\"a.yaml\": {\"x\": {\"count\": 1}}", &problems));
    CHECK(problems ==
          std::vector<std::string>{"1:25: yaml-syntax: invalid YAML: this { is never closed"});
    problems.clear();
    CHECK_FALSE(parse(R"({
  "version": 2,
  "files": {
    "a.yaml": {"x": {"count": 0}, "y": {"count": 1.5}, "z": 3},
    "b.yaml": []
  },
  "extra": true
})",
                      &problems));
    CHECK(problems ==
          std::vector<std::string>{
              "7:3: schema: unknown key \"extra\" in the baseline",
              "2:14: unsupported-version: the baseline format 2 is not supported; this reltheme "
              "reads version 1",
              "4:31: schema: \"count\" must be from 1 to 1000000000, not 0",
              "4:50: schema: \"count\" must be a whole number, not the number 1.5",
              "4:61: schema: \"z\" must be a mapping of keys, not the number 3",
              "5:15: schema: the rules of \"b.yaml\" must be a mapping of keys, not a list"});
}

TEST_CASE("baselined findings: as many as recorded or fewer are accepted, more are all reported") {
    const ProjectConfig config = repo();
    const BaselineScope scope{&config, {}, true};
    SUBCASE("equal") {
        Findings f = run(2);
        CHECK(apply_baseline(f, recorded(2), scope).empty());
        CHECK(f.errors == 0);
        CHECK(f.warnings == 0);
        CHECK(f.baselined == 4);
        CHECK(f.unused_baseline_entries == 0);
        CHECK(brief(f.files[0].baselined) == std::vector<std::string>{"missing-instruction@2:5",
                                                                      "unknown-stage@5:10",
                                                                      "unknown-stage@5:11"});
        CHECK(summary_line(f) == "0 errors, 0 warnings in 2 files (4 baselined)");
    }
    SUBCASE("lower: accepted, and the entry is unused") {
        Findings f = run(1);
        const auto unused = apply_baseline(f, recorded(3), scope);
        REQUIRE(unused.size() == 1);
        CHECK(unused[0].file == "themes/a.yaml");
        CHECK(unused[0].rule == "unknown-stage");
        CHECK(unused[0].recorded == 3);
        CHECK(unused[0].found == 1);
        CHECK(f.errors == 0);
        CHECK(f.baselined == 3);
        CHECK(summary_line(f) ==
              "0 errors, 0 warnings in 2 files (3 baselined, 1 unused baseline entry)");
    }
    SUBCASE("higher: every finding of that file and rule is reported") {
        Findings f = run(3);
        CHECK(apply_baseline(f, recorded(2), scope).empty());
        CHECK(brief(f.files[0].diagnostics) == std::vector<std::string>{"unknown-stage@5:10",
                                                                        "unknown-stage@5:11",
                                                                        "unknown-stage@5:12"});
        CHECK(brief(f.files[0].baselined) == std::vector<std::string>{"missing-instruction@2:5"});
        CHECK(f.errors == 3);
        CHECK(f.baselined == 2);
        CHECK(summary_line(f) == "3 errors, 0 warnings in 2 files (2 baselined)");
    }
    SUBCASE("a rule the run does not report is no unused entry") {
        Findings f = run(2);
        Baseline b = recorded(2);
        b.counts["themes/b.yaml"]["long-name"] = 2;         // style: not validate's
        b.counts["themes/gone.yaml"]["unknown-stage"] = 1;  // not checked
        const BaselineScope validate{&config, {}, false};
        CHECK(apply_baseline(f, b, validate).empty());
        const auto unused = apply_baseline(f, b, scope);
        REQUIRE(unused.size() == 1);
        CHECK(unused[0].rule == "long-name");
    }
}

TEST_CASE("the next baseline: write records the counts found, prune never raises one") {
    const ProjectConfig config = repo();
    const BaselineScope scope{&config, {}, true};
    Baseline old = recorded(2);
    old.counts["themes/gone.yaml"]["unknown-stage"] = 1;  // no such file: dropped
    const Findings more = run(3);
    CHECK(next_baseline(old, more, scope, false).counts ==
          std::map<std::string, std::map<std::string, int>>{
              {"themes/a.yaml", {{"missing-instruction", 1}, {"unknown-stage", 3}}},
              {"themes/b.yaml", {{"unknown-stage", 1}}}});
    CHECK(next_baseline(old, more, scope, true).counts == recorded(2).counts);
    const Findings fewer = run(0);
    CHECK(next_baseline(old, fewer, scope, true).counts ==
          std::map<std::string, std::map<std::string, int>>{
              {"themes/a.yaml", {{"missing-instruction", 1}}},
              {"themes/b.yaml", {{"unknown-stage", 1}}}});
    // validate does not run the style rules: their entries stay as they were.
    Baseline styled = old;
    styled.counts["themes/b.yaml"]["long-name"] = 2;
    const BaselineScope validate{&config, {}, false};
    CHECK(next_baseline(styled, fewer, validate, false).counts.at("themes/b.yaml") ==
          std::map<std::string, int>{{"long-name", 2}, {"unknown-stage", 1}});
}

TEST_CASE("a file the run did not check keeps its entries while it exists") {
    ProjectConfig config;
    config.file = source_dir() / "reltheme.yaml";
    config.root = source_dir();
    const BaselineScope scope{&config, {}, true};
    Baseline old;
    old.counts["tests/cli/lint-statistics/themes/third.yaml"]["unknown-stage"] = 1;
    old.counts["tests/cli/lint-statistics/themes/none.yaml"]["unknown-stage"] = 1;
    CHECK(next_baseline(old, Findings{}, scope, true).counts ==
          std::map<std::string, std::map<std::string, int>>{
              {"tests/cli/lint-statistics/themes/third.yaml", {{"unknown-stage", 1}}}});
}

TEST_CASE("SARIF lists baselined findings as suppressed, with the fingerprints they had") {
    const ProjectConfig config = repo();
    const BaselineScope scope{&config, {}, true};
    ReportOptions options = sample_options();
    options.working_dir = "/repo";
    Findings reported = run(2);
    Findings baselined = run(2);
    Baseline b;
    b.counts["themes/a.yaml"]["unknown-stage"] = 2;
    apply_baseline(baselined, b, scope);
    const auto all = nlohmann::json::parse(render_report("sarif", reported, options));
    const auto j = nlohmann::json::parse(render_report("sarif", baselined, options));
    CHECK(schema_errors(
              nlohmann::json::parse(read_text(source_dir() / "tests/data/sarif-schema-2.1.0.json")),
              j)
              .empty());
    const auto& results = j["runs"][0]["results"];
    REQUIRE(results.size() == 4);
    const auto suppressed = nlohmann::json::parse(
        R"([{"kind": "external", "justification": "recorded in the baseline"}])");
    CHECK_FALSE(results[0].contains("suppressions"));  // missing-instruction, line 2
    CHECK(results[1]["suppressions"] == suppressed);
    CHECK(results[2]["suppressions"] == suppressed);
    CHECK_FALSE(results[3].contains("suppressions"));  // b.yaml
    for (std::size_t i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(results[i]["partialFingerprints"] ==
              all["runs"][0]["results"][i]["partialFingerprints"]);
        CHECK(results[i]["message"] == all["runs"][0]["results"][i]["message"]);
    }
    // The other formats leave them out; JSON counts them.
    const auto json = nlohmann::json::parse(render_report("json", baselined, options));
    CHECK(json["diagnostics"].size() == 2);
    CHECK(json["summary"]["baselined"] == 2);
    CHECK(nlohmann::json::parse(render_report("gitlab", baselined, options)).size() == 2);
}

TEST_CASE("the baseline schema accepts what reltheme writes and refuses what it refuses") {
    const auto schema =
        nlohmann::json::parse(read_text(source_dir() / "schemas/baseline.schema.json"));
    Baseline b = recorded(2);
    CHECK(schema_errors(schema, nlohmann::json::parse(baseline_text(b))).empty());
    CHECK(schema_errors(schema, nlohmann::json::parse(baseline_text(Baseline{}))).empty());
    for (const char* bad : {R"({"version": 2, "files": {}})", R"({"version": 1})",
                            R"({"version": 1, "files": {"a.yaml": {"x": {"count": 0}}}})",
                            R"({"version": 1, "files": {"a.yaml": {"x": {"count": 1.5}}}})",
                            R"({"version": 1, "files": {"a.yaml": {"x": {"cuont": 1}}}})",
                            R"({"version": 1, "files": {"a.yaml": []}})",
                            R"({"version": 1, "files": {}, "extra": true})"}) {
        CAPTURE(bad);
        CHECK_FALSE(schema_errors(schema, nlohmann::json::parse(bad)).empty());
        CHECK_FALSE(parse(bad));
    }
}

TEST_CASE("the baseline's place: the project file's baseline key, else beside it") {
    const SourceText source("/repo/crm/reltheme.yaml", "baseline: ci/known.json\n");
    DiagnosticSink sink(source.path());
    const auto config = parse_project(source, sink);
    REQUIRE(config);
    CHECK(config->baseline == "ci/known.json");
    CHECK(default_baseline_path(*config) == "/repo/crm/ci/known.json");
    ProjectConfig plain;
    plain.file = "/repo/crm/reltheme.yaml";
    plain.root = "/repo/crm";
    CHECK(default_baseline_path(plain) == "/repo/crm/reltheme-baseline.json");
    CHECK(default_baseline_path(ProjectConfig{}) == "reltheme-baseline.json");
    const SourceText empty("reltheme.yaml", "baseline: \"\"\n");
    DiagnosticSink empty_sink(empty.path());
    CHECK_FALSE(parse_project(empty, empty_sink));
    REQUIRE(empty_sink.items().size() == 1);
    CHECK(empty_sink.items()[0].message == "\"baseline\" must name a file, not be empty");
}
