#include "report/gitlab.h"

#include <doctest/doctest.h>

#include "report/fingerprint.h"
#include "report_support.h"

using namespace reltheme;
using namespace reltheme::test;

TEST_CASE("GitLab Code Quality: an issue per finding, a blocker for an unreadable file") {
    const std::string text = render_report("gitlab", sample_findings(), sample_options());
    const std::string path = "sub/themes/a, b:c.yaml";
    const auto fp = [&](const char* rule, const char* line) {
        return finding_fingerprint(rule, path, line, 1);
    };
    const std::string expected =
        "[\n"
        "  {\n"
        "    \"description\": \"cannot read themes/c.yaml: Permission denied\",\n"
        "    \"check_name\": \"read-error\",\n"
        "    \"fingerprint\": \"" +
        fingerprint_hash({"read-error", "sub/themes/c.yaml"}) +
        "\",\n"
        "    \"severity\": \"blocker\",\n"
        "    \"location\": {\n"
        "      \"path\": \"sub/themes/c.yaml\",\n"
        "      \"lines\": {\n"
        "        \"begin\": 1\n"
        "      }\n"
        "    }\n"
        "  },\n"
        "  {\n"
        "    \"description\": \"spans two lines\",\n"
        "    \"check_name\": \"unused-suppression\",\n"
        "    \"fingerprint\": \"" +
        fp("unused-suppression", "reltheme: 1") +
        "\",\n"
        "    \"severity\": \"info\",\n"
        "    \"location\": {\n"
        "      \"path\": \"sub/themes/a, b:c.yaml\",\n"
        "      \"lines\": {\n"
        "        \"begin\": 1\n"
        "      }\n"
        "    }\n"
        "  },\n"
        "  {\n"
        "    \"description\": \"name «Стандартная» is long: really, it is\",\n"
        "    \"check_name\": \"schema\",\n"
        "    \"fingerprint\": \"" +
        fp("schema", "name: Стандартная") +
        "\",\n"
        "    \"severity\": \"minor\",\n"
        "    \"location\": {\n"
        "      \"path\": \"sub/themes/a, b:c.yaml\",\n"
        "      \"lines\": {\n"
        "        \"begin\": 3\n"
        "      }\n"
        "    }\n"
        "  },\n"
        "  {\n"
        "    \"description\": \"stage id \\\"new\\\" is used twice; 100% <sure> & "
        "\\u001b[31mred\\nsecond "
        "line\",\n"
        "    \"check_name\": \"duplicate-id\",\n"
        "    \"fingerprint\": \"" +
        fp("duplicate-id", "stages: [{id: new}, {id: new}]") +
        "\",\n"
        "    \"severity\": \"major\",\n"
        "    \"location\": {\n"
        "      \"path\": \"sub/themes/a, b:c.yaml\",\n"
        "      \"lines\": {\n"
        "        \"begin\": 4\n"
        "      }\n"
        "    }\n"
        "  }\n"
        "]\n";
    CHECK(text == expected);
    // The blocker's fingerprint: 32 hex digits, and not a finding's.
    const std::string blocker = text.substr(text.find("\"fingerprint\": \"") + 16, 32);
    CHECK(blocker.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(text.substr(text.find("\"fingerprint\": \"") + 48, 1) == "\"");
}

TEST_CASE("a clean GitLab report is an empty array") {
    CHECK(render_report("gitlab", clean_findings(), sample_options()) == "[]\n");
}

TEST_CASE("every fingerprint of a GitLab report is unique") {
    const Findings f = twice_on_identical_lines();
    const auto j = nlohmann::json::parse(render_report("gitlab", f, sample_options()));
    REQUIRE(j.size() == 2);
    CHECK(j[0]["fingerprint"] != j[1]["fingerprint"]);
    CHECK(j[1]["location"]["lines"]["begin"] == 2);
}
