#include "report/sarif.h"

#include "report/fingerprint.h"

#include <doctest/doctest.h>

#include "check/registry.h"
#include "diff/change_kind.h"
#include "i18n/lang.h"
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
    // lint reports every rule of check/, in its order, and no change kind.
    std::vector<const Rule*> every;
    for (const auto& r : check_rules()) every.push_back(r.get());
    REQUIRE(rules.size() == every.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const Rule& rule = *every[i];
        CAPTURE(rule.id());
        CHECK(rules[i]["id"] == rule.id());
        CHECK(rules[i]["shortDescription"]["text"] == rule.summary());
        CHECK_FALSE(rules[i]["fullDescription"]["text"].get<std::string>().empty());
        CHECK(rules[i]["help"]["text"] ==
              *embedded_file("docs/rules/" + std::string(rule.id()) + ".md"));
        CHECK(rules[i]["name"] == pascal_case(rule.id()));
        CHECK(rules[i]["helpUri"] == std::string(RELTHEME_HOMEPAGE_URL) + "/blob/main/docs/rules/" +
                                         std::string(rule.id()) + ".md");
        CHECK(rules[i]["help"]["markdown"] ==
              absolute_links(rules[i]["help"]["text"].get<std::string>(), rule.id()));
        // No link that code scanning would have to resolve against the page.
        const std::string markdown = rules[i]["help"]["markdown"];
        for (std::size_t at = markdown.find("]("); at != std::string::npos;
             at = markdown.find("](", at + 1)) {
            CAPTURE(markdown.substr(at, 60));
            CHECK(markdown.compare(at + 2, 8, "https://") == 0);
        }
        const std::string level = rules[i]["defaultConfiguration"]["level"];
        CHECK(level == (rule.default_severity() == Severity::Error     ? "error"
                        : rule.default_severity() == Severity::Warning ? "warning"
                                                                       : "note"));
    }
    CHECK(j["runs"][0]["results"] == nlohmann::json::array());
    CHECK(j["runs"][0]["invocations"][0]["executionSuccessful"] == true);
    CHECK(j["runs"][0]["automationDetails"]["id"] == "reltheme/lint/");
}

TEST_CASE("SARIF lists only the rules the command can report") {
    for (const auto& r : command_rules("validate")) {
        CAPTURE(r.id);
        CHECK((r.group == "structure" || r.group == "validate"));
    }
    std::size_t style = 0;
    for (const auto& r : check_rules()) style += r->group() == RuleGroup::Style;
    CHECK(style > 0);
    CHECK(command_rules("validate").size() + style == check_rules().size());
    CHECK(command_rules("diff").empty());
    ReportOptions options = sample_options();
    options.command = "validate";
    options.rules = command_rules("validate");
    const auto j = nlohmann::json::parse(render_report("sarif", clean_findings(), options));
    CHECK(j["runs"][0]["tool"]["driver"]["rules"].size() == command_rules("validate").size());
    CHECK(j["runs"][0]["automationDetails"]["id"] == "reltheme/validate/");
}

TEST_CASE("--sarif-category names the run's automationDetails.id, ending with /") {
    ReportOptions options = sample_options();
    options.sarif_category = "crm-themes";
    auto j = nlohmann::json::parse(render_report("sarif", clean_findings(), options));
    CHECK(j["runs"][0]["automationDetails"] == nlohmann::json::parse(R"({"id": "crm-themes/"})"));
    options.sarif_category = "crm/lint/";
    j = nlohmann::json::parse(render_report("sarif", clean_findings(), options));
    CHECK(j["runs"][0]["automationDetails"] == nlohmann::json::parse(R"({"id": "crm/lint/"})"));
    CHECK(schema_errors(sarif_schema(), j).empty());
}

TEST_CASE("rule names, help URIs and absolute links in the help") {
    CHECK(pascal_case("unknown-stage") == "UnknownStage");
    CHECK(pascal_case("schema") == "Schema");
    CHECK(pascal_case("stage-deadline-over-max") == "StageDeadlineOverMax");
    const std::string home = RELTHEME_HOMEPAGE_URL;
    CHECK(rule_help_uri("dead-end") == home + "/blob/main/docs/rules/dead-end.md");
    CHECK(absolute_links("See [deal life](../deal-life.md#close), [here](#wrong), "
                         "[x](https://example.org/a) and [y](other-rule.md).",
                         "dead-end") ==
          "See [deal life](" + home + "/blob/main/docs/deal-life.md#close), [here](" + home +
              "/blob/main/docs/rules/dead-end.md#wrong), [x](https://example.org/a) and [y](" +
              home + "/blob/main/docs/rules/other-rule.md).");
}

TEST_CASE("a finding's fingerprint survives its line moving, and only that") {
    const auto fp = [](const Findings& f) {
        const auto j = nlohmann::json::parse(render_report("sarif", f, sample_options()));
        return j["runs"][0]["results"][2]["partialFingerprints"]["relthemeFinding/v1"]
            .get<std::string>();
    };
    const Findings before = sample_findings();
    // Two lines inserted above, and the line indented: same rule, same text.
    Findings moved = before;
    FileFindings& a = moved.files[0];
    a.source = SourceText(a.path,
                          "reltheme: 1\n# one\n# two\nid: a\nname: Стандартная\n  stages: "
                          "[{id: new}, {id: new}]  \n");
    a.diagnostics[2].range = {{6, 25}, {6, 28}};
    CHECK(fp(moved) == fp(before));
    CHECK(fp(before) == finding_fingerprint("duplicate-id", "sub/themes/a, b:c.yaml",
                                            "stages: [{id: new}, {id: new}]", 1));
    CHECK(fp(before).ends_with(":1"));
    // Another line text, rule or file: another fingerprint.
    CHECK(finding_fingerprint("duplicate-id", "x.yaml", "stages: [{id: old}]", 1) !=
          finding_fingerprint("duplicate-id", "x.yaml", "stages: [{id: new}]", 1));
    CHECK(finding_fingerprint("dead-end", "x.yaml", "a", 1) !=
          finding_fingerprint("duplicate-id", "x.yaml", "a", 1));
    CHECK(finding_fingerprint("dead-end", "x.yaml", "a", 1) !=
          finding_fingerprint("dead-end", "y.yaml", "a", 1));
    // The same rule on two identical lines: told apart by their order.
    const Findings twice = twice_on_identical_lines();
    const auto j = nlohmann::json::parse(render_report("sarif", twice, sample_options()));
    const auto& results = j["runs"][0]["results"];
    const std::string first = results[0]["partialFingerprints"]["relthemeFinding/v1"];
    const std::string second = results[1]["partialFingerprints"]["relthemeFinding/v1"];
    CHECK(first.ends_with(":1"));
    CHECK(second.ends_with(":2"));
    CHECK(first.substr(0, 32) == second.substr(0, 32));
}

TEST_CASE("SARIF results carry rule, level, message and a repository-relative region") {
    const auto j =
        nlohmann::json::parse(render_report("sarif", sample_findings(), sample_options()));
    const auto& run = j["runs"][0];
    CHECK(run["columnKind"] == "unicodeCodePoints");
    CHECK(run["language"] == "en");
    const auto& results = run["results"];
    REQUIRE(results.size() == 3);
    const auto& error = results[2];
    CHECK(error["ruleId"] == "duplicate-id");
    const std::size_t index = error["ruleIndex"];
    CHECK(run["tool"]["driver"]["rules"][index]["id"] == "duplicate-id");
    CHECK(error["level"] == "error");
    // The note is a related location, linked from the message; the
    // message's own brackets are escaped so only the link reads as one.
    CHECK(error["message"]["text"] ==
          "stage id \"new\" is used twice; 100% <sure> & \x1b\\[31mred\nsecond line "
          "([first defined here](1))");
    CHECK(error["relatedLocations"][0]["id"] == 1);
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

TEST_CASE("a rule page's first paragraph is its full description") {
    CHECK(rule_page_description(
              "# x\n\n**Default severity:** error · **Group:** validate\n\nFirst line\nsecond "
              "line.\n\nMore.\n") == "First line second line.");
    CHECK(rule_page_description("# x\n") == "");
}

TEST_CASE("SARIF's run says the language of its messages") {
    const i18n::ScopedLang ru(Lang::Ru);
    const auto j =
        nlohmann::json::parse(render_report("sarif", sample_findings(), sample_options()));
    CHECK(j["runs"][0]["language"] == "ru");
}
