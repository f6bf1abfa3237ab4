#include "report/sarif.h"

#include <doctest/doctest.h>

#include "check/registry.h"
#include "diff/change_kind.h"
#include "report_support.h"

using namespace reltheme;
using namespace reltheme::test;

namespace {

const nlohmann::json& sarif_schema() {
    static const nlohmann::json k_schema =
        nlohmann::json::parse(read_text(source_dir() / "tests/data/sarif-schema-2.1.0.json"));
    return k_schema;
}

}  // namespace

TEST_CASE("SARIF output follows the official SARIF 2.1.0 schema") {
    const auto j =
        nlohmann::json::parse(render_report("sarif", sample_findings(), sample_options()));
    CHECK(schema_errors(sarif_schema(), j).empty());
    const auto clean =
        nlohmann::json::parse(render_report("sarif", clean_findings(), sample_options()));
    CHECK(schema_errors(sarif_schema(), clean).empty());
}

TEST_CASE("the SARIF schema copy catches a broken log") {
    auto j = nlohmann::json::parse(render_report("sarif", sample_findings(), sample_options()));
    j["runs"][0]["results"][0]["level"] = "fatal";
    j["runs"][0]["tool"]["driver"].erase("name");
    CHECK(schema_errors(sarif_schema(), j).size() >= 2);
}

TEST_CASE("SARIF lists every registered rule with its descriptions, help and level") {
    const auto j =
        nlohmann::json::parse(render_report("sarif", clean_findings(), sample_options()));
    CHECK(j["$schema"].get<std::string>().ends_with("sarif-schema-2.1.0.json"));
    CHECK(j["version"] == "2.1.0");
    const auto& driver = j["runs"][0]["tool"]["driver"];
    CHECK(driver["name"] == "reltheme");
    CHECK(driver["version"] == RELTHEME_VERSION);
    CHECK(driver["informationUri"].get<std::string>().starts_with("https://"));
    const auto& rules = driver["rules"];
    // Every module's own list, in catalogue order: check's rules, then diff's
    // change kinds.
    std::vector<const Rule*> every;
    for (const auto& r : check_rules()) every.push_back(r.get());
    for (const ChangeKind* k : all_change_kinds()) every.push_back(k);
    REQUIRE(rules.size() == every.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const Rule& rule = *every[i];
        CAPTURE(rule.id());
        CHECK(rules[i]["id"] == rule.id());
        CHECK(rules[i]["shortDescription"]["text"] == rule.summary());
        CHECK_FALSE(rules[i]["fullDescription"]["text"].get<std::string>().empty());
        CHECK(rules[i]["help"]["text"] ==
              *embedded_file("docs/rules/" + std::string(rule.id()) + ".md"));
        CHECK(rules[i]["help"]["markdown"] == rules[i]["help"]["text"]);
        const std::string level = rules[i]["defaultConfiguration"]["level"];
        CHECK(level == (rule.default_severity() == Severity::Error     ? "error"
                        : rule.default_severity() == Severity::Warning ? "warning"
                                                                       : "note"));
    }
    CHECK(j["runs"][0]["results"] == nlohmann::json::array());
    CHECK(j["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("SARIF results carry rule, level, message and a repository-relative region") {
    const auto j =
        nlohmann::json::parse(render_report("sarif", sample_findings(), sample_options()));
    const auto& run = j["runs"][0];
    CHECK(run["columnKind"] == "unicodeCodePoints");
    const auto& results = run["results"];
    REQUIRE(results.size() == 3);
    const auto& error = results[2];
    CHECK(error["ruleId"] == "duplicate-id");
    const std::size_t index = error["ruleIndex"];
    CHECK(run["tool"]["driver"]["rules"][index]["id"] == "duplicate-id");
    CHECK(error["level"] == "error");
    CHECK(error["message"]["text"] ==
          "stage id \"new\" is used twice; 100% <sure> & \x1b[31mred\nsecond line");
    const auto& location = error["locations"][0]["physicalLocation"];
    // The file is sub/themes/a, b:c.yaml from the repository root /repo.
    CHECK(location["artifactLocation"]["uri"] == "sub/themes/a%2C%20b%3Ac.yaml");
    CHECK(location["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
    CHECK(location["region"] ==
          nlohmann::json::parse(R"({"startLine":4,"startColumn":23,"endLine":4,"endColumn":26})"));
    CHECK(error["relatedLocations"][0]["message"]["text"] == "first defined here");
    CHECK(results[1]["level"] == "warning");
    CHECK(results[1]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]
                 ["text"] == "Станд");
    CHECK(results[0]["level"] == "note");
    CHECK(results[0]["locations"][0]["physicalLocation"]["region"]["endLine"] == 2);
    // The unreadable file is a notification and the run did not succeed.
    const auto& invocation = run["invocations"][0];
    CHECK(invocation["executionSuccessful"] == false);
    CHECK(invocation["toolExecutionNotifications"][0]["message"]["text"] ==
          "cannot read themes/c.yaml: Permission denied");
}

TEST_CASE("paths become URI references") {
    CHECK(path_to_uri("themes/standard.yaml") == "themes/standard.yaml");
    CHECK(path_to_uri("темы/a b.yaml") == "%D1%82%D0%B5%D0%BC%D1%8B/a%20b.yaml");
    CHECK(path_to_uri("/abs/x#1.yaml") == "file:///abs/x%231.yaml");
}

TEST_CASE("a rule page's first paragraph is its full description") {
    CHECK(rule_page_description(
              "# x\n\n**Default severity:** error · **Group:** validate\n\nFirst line\nsecond "
              "line.\n\nMore.\n") == "First line second line.");
    CHECK(rule_page_description("# x\n") == "");
}
