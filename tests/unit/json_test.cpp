#include "report/json.h"

#include <doctest/doctest.h>

#include "report_support.h"

using namespace reltheme;
using namespace reltheme::test;

namespace {

nlohmann::json report_schema() {
    return nlohmann::json::parse(*embedded_file("schemas/report.schema.json"));
}

}  // namespace

TEST_CASE("the JSON report has every documented field and follows its schema") {
    const std::string text = render_report("json", sample_findings(), sample_options());
    const auto j = nlohmann::json::parse(text);
    CHECK(schema_errors(report_schema(), j).empty());
    CHECK(j["version"] == 1);
    CHECK(j["tool"]["name"] == "reltheme");
    CHECK(j["command"] == "lint");
    REQUIRE(j["files"].size() == 3);
    CHECK(j["files"][0]["file"] == "themes/a, b:c.yaml");
    CHECK(j["files"][0]["errors"] == 1);
    CHECK(j["files"][1] ==
          nlohmann::json::parse(R"({"file":"themes/b.yaml","errors":0,"warnings":0,"infos":0})"));
    CHECK(j["files"][2]["read_error"] == "Permission denied");
    REQUIRE(j["diagnostics"].size() == 3);
    const auto& info = j["diagnostics"][0];
    CHECK(info["severity"] == "info");
    CHECK(info["end_line"] == 2);
    const auto& warning = j["diagnostics"][1];
    CHECK(warning["message"] == "name «Стандартная» is long: really, it is");
    CHECK(
        warning["fix"] ==
        nlohmann::json::parse(
            R"({"line":3,"column":7,"end_line":3,"end_column":18,"replacement":"Станд","safe":false})"));
    const auto& error = j["diagnostics"][2];
    CHECK(error["file"] == "themes/a, b:c.yaml");
    CHECK(error["line"] == 4);
    CHECK(error["column"] == 23);
    CHECK(error["end_line"] == 4);
    CHECK(error["end_column"] == 26);
    CHECK(error["severity"] == "error");
    CHECK(error["rule"] == "duplicate-id");
    CHECK(error["message"] ==
          "stage id \"new\" is used twice; 100% <sure> & \x1b[31mred\nsecond line");
    CHECK(error["notes"][0]["message"] == "first defined here");
    CHECK(error["notes"][0]["column"] == 14);
    CHECK_FALSE(error.contains("fix"));
    CHECK(j["summary"] ==
          nlohmann::json::parse(R"({"files":3,"errors":1,"warnings":1,"infos":1,"unreadable":1,
        "baselined":0,"unused_baseline_entries":0,"text":"1 error, 1 warning, 1 info in 3 files; the run failed: 1 read-error"})"));
}

TEST_CASE("a clean JSON report has empty diagnostics and follows its schema") {
    const auto j = nlohmann::json::parse(render_report("json", clean_findings(), sample_options()));
    CHECK(schema_errors(report_schema(), j).empty());
    CHECK(j["diagnostics"].empty());
    CHECK(j["summary"]["errors"] == 0);
}

TEST_CASE("the report schema rejects what is not a report") {
    auto j = nlohmann::json::parse(render_report("json", sample_findings(), sample_options()));
    j["diagnostics"][0]["severity"] = "fatal";
    j["summary"].erase("errors");
    CHECK(schema_errors(report_schema(), j).size() >= 2);
}

TEST_CASE("invalid UTF-8 in a message does not stop the JSON report") {
    Findings f = clean_findings();
    Diagnostic d = finding("yaml-syntax", "themes/a.yaml", {{1, 1}, {1, 2}}, "bad byte \xff here");
    f.files[0].diagnostics.push_back(d);
    f.errors = 1;
    const auto j = nlohmann::json::parse(render_report("json", f, sample_options()));
    CHECK(j["diagnostics"][0]["message"] == "bad byte \xEF\xBF\xBD here");
}
