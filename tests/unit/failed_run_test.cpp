// A run that could not read everything says so in every report format
// (docs/output-formats.md, "A failed run").
#include <doctest/doctest.h>

#include "report/human.h"
#include "report_support.h"
#include "util/severity_counts.h"

using namespace reltheme;
using namespace reltheme::test;

namespace {

/// A mistyped path, a folder that cannot be listed and a file that cannot
/// be read; no finding at all.
Findings failed_findings() {
    Findings f;
    add_run_failures(f, {{FailureReason::MissingPath, "themse/", "themse/: no such file or folder"},
                         {FailureReason::UnreadableFolder, "themes/closed",
                          "cannot read the folder themes/closed: Permission denied"}});
    add_unreadable_file(f, "themes/c.yaml", "Permission denied");
    return f;
}

/// Nothing matched the project's globs.
Findings nothing_matched() {
    Findings f;
    add_run_failures(f, {{FailureReason::NoFiles, "themse/**/*.yaml",
                          "no theme file matches the themes globs of reltheme.yaml: "
                          "themse/**/*.yaml"}});
    return f;
}

/// Options without the rule list, so a SARIF log is short enough to compare whole.
ReportOptions short_options() {
    ReportOptions o = sample_options();
    o.rules.clear();
    return o;
}

}  // namespace

TEST_CASE("the reasons of a failed run have fixed ids") {
    CHECK(to_string(FailureReason::MissingPath) == "missing-path");
    CHECK(to_string(FailureReason::UnreadableFolder) == "unreadable-folder");
    CHECK(to_string(FailureReason::NoFiles) == "no-files");
    CHECK(to_string(FailureReason::ReadError) == "read-error");
    CHECK(to_string(FailureReason::OutsideRepository) == "outside-repository");
}

TEST_CASE("run_failures lists the run's failures, then each file's read error") {
    const auto failures = run_failures(failed_findings());
    REQUIRE(failures.size() == 3);
    CHECK(failures[0].reason == FailureReason::MissingPath);
    CHECK(failures[1].reason == FailureReason::UnreadableFolder);
    CHECK(failures[2].reason == FailureReason::ReadError);
    CHECK(failures[2].path == "themes/c.yaml");
    CHECK(failures[2].message == "cannot read themes/c.yaml: Permission denied");
    CHECK(failed_findings().read_failed);
    CHECK(run_failures(clean_findings()).empty());
}

TEST_CASE("a failed run in the human report: each reason, and a summary that is not clean") {
    CHECK(render_report("human", failed_findings(), sample_options()) ==
          "error[missing-path]: themse/: no such file or folder\n"
          "error[unreadable-folder]: cannot read the folder themes/closed: Permission denied\n"
          "error[read-error]: cannot read themes/c.yaml: Permission denied\n"
          "0 errors, 0 warnings in 1 file; the run failed: 1 missing-path, 1 unreadable-folder, "
          "1 read-error\n");
    // -q hides warnings and the clean summary, never a failure.
    ReportOptions quiet = sample_options();
    quiet.human.quiet = true;
    CHECK(render_report("human", nothing_matched(), quiet) ==
          "error[no-files]: no theme file matches the themes globs of reltheme.yaml: "
          "themse/**/*.yaml\n"
          "0 errors, 0 warnings in 0 files; the run failed: 1 no-files\n");
}

TEST_CASE("a failed run in the JSON report: the unreadable list and its count") {
    const std::string text = render_report("json", failed_findings(), sample_options());
    CHECK(text == std::string("{\n"
                              "  \"version\": 1,\n"
                              "  \"tool\": {\n"
                              "    \"name\": \"reltheme\",\n"
                              "    \"version\": \"") +
                      RELTHEME_VERSION +
                      "\"\n"
                      "  },\n"
                      "  \"command\": \"lint\",\n"
                      "  \"files\": [\n"
                      "    {\n"
                      "      \"file\": \"themes/c.yaml\",\n"
                      "      \"errors\": 0,\n"
                      "      \"warnings\": 0,\n"
                      "      \"infos\": 0,\n"
                      "      \"read_error\": \"Permission denied\"\n"
                      "    }\n"
                      "  ],\n"
                      "  \"diagnostics\": [],\n"
                      "  \"unreadable\": [\n"
                      "    {\n"
                      "      \"reason\": \"missing-path\",\n"
                      "      \"path\": \"themse/\",\n"
                      "      \"message\": \"themse/: no such file or folder\"\n"
                      "    },\n"
                      "    {\n"
                      "      \"reason\": \"unreadable-folder\",\n"
                      "      \"path\": \"themes/closed\",\n"
                      "      \"message\": \"cannot read the folder themes/closed: Permission "
                      "denied\"\n"
                      "    },\n"
                      "    {\n"
                      "      \"reason\": \"read-error\",\n"
                      "      \"path\": \"themes/c.yaml\",\n"
                      "      \"message\": \"cannot read themes/c.yaml: Permission denied\"\n"
                      "    }\n"
                      "  ],\n"
                      "  \"summary\": {\n"
                      "    \"files\": 1,\n"
                      "    \"errors\": 0,\n"
                      "    \"warnings\": 0,\n"
                      "    \"infos\": 0,\n"
                      "    \"unreadable\": 3,\n"
                      "    \"baselined\": 0,\n"
                      "    \"unused_baseline_entries\": 0,\n"
                      "    \"text\": \"0 errors, 0 warnings in 1 file; the run failed: 1 "
                      "missing-path, 1 unreadable-folder, 1 read-error\"\n"
                      "  }\n"
                      "}\n");
    const auto schema =
        nlohmann::json::parse(read_text(source_dir() / "schemas/report.schema.json"));
    CHECK(schema_errors(schema, nlohmann::json::parse(text)).empty());
}

TEST_CASE("a failed run in SARIF: execution not successful, a notification per reason") {
    const auto sarif =
        nlohmann::json::parse(render_report("sarif", failed_findings(), short_options()));
    const auto& invocation = sarif["runs"][0]["invocations"][0];
    CHECK(invocation.dump(2) == R"({
  "executionSuccessful": false,
  "toolExecutionNotifications": [
    {
      "descriptor": {
        "id": "missing-path"
      },
      "level": "error",
      "locations": [
        {
          "physicalLocation": {
            "artifactLocation": {
              "uri": "sub/themse/",
              "uriBaseId": "%SRCROOT%"
            }
          }
        }
      ],
      "message": {
        "text": "themse/: no such file or folder"
      }
    },
    {
      "descriptor": {
        "id": "unreadable-folder"
      },
      "level": "error",
      "locations": [
        {
          "physicalLocation": {
            "artifactLocation": {
              "uri": "sub/themes/closed",
              "uriBaseId": "%SRCROOT%"
            }
          }
        }
      ],
      "message": {
        "text": "cannot read the folder themes/closed: Permission denied"
      }
    },
    {
      "descriptor": {
        "id": "read-error"
      },
      "level": "error",
      "locations": [
        {
          "physicalLocation": {
            "artifactLocation": {
              "uri": "sub/themes/c.yaml",
              "uriBaseId": "%SRCROOT%"
            }
          }
        }
      ],
      "message": {
        "text": "cannot read themes/c.yaml: Permission denied"
      }
    }
  ]
})");
    CHECK(sarif["runs"][0]["results"] == nlohmann::json::array());
    const auto schema =
        nlohmann::json::parse(read_text(source_dir() / "tests/data/sarif-schema-2.1.0.json"));
    CHECK(schema_errors(schema, sarif).empty());
    // A glob that matched nothing has no location.
    const auto none =
        nlohmann::json::parse(render_report("sarif", nothing_matched(), short_options()));
    CHECK(
        none["runs"][0]["invocations"][0].dump() ==
        R"({"executionSuccessful":false,"toolExecutionNotifications":[{"descriptor":{"id":"no-files"},"level":"error","message":{"text":"no theme file matches the themes globs of reltheme.yaml: themse/**/*.yaml"}}]})");
}

TEST_CASE("a failed run in the GitHub report: an ::error per reason and the human report") {
    ReportOptions options = sample_options();
    options.github_stop_token = "0123456789abcdef0123456789abcdef";
    CHECK(render_report("github", failed_findings(), options) ==
          "::error title=missing-path::themse/: no such file or folder\n"
          "::error title=unreadable-folder::cannot read the folder themes/closed: Permission "
          "denied\n"
          "::error file=sub/themes/c.yaml,title=read-error::cannot read themes/c.yaml: "
          "Permission denied\n"
          "::group::reltheme lint: full report\n"
          "::stop-commands::0123456789abcdef0123456789abcdef\n"
          "error[missing-path]: themse/: no such file or folder\n"
          "error[unreadable-folder]: cannot read the folder themes/closed: Permission denied\n"
          "error[read-error]: cannot read themes/c.yaml: Permission denied\n"
          "0 errors, 0 warnings in 1 file; the run failed: 1 missing-path, 1 unreadable-folder, "
          "1 read-error\n"
          "::0123456789abcdef0123456789abcdef::\n"
          "::endgroup::\n"
          "reltheme lint: 0 errors, 0 warnings in 1 file; the run failed: 1 missing-path, 1 "
          "unreadable-folder, 1 read-error\n");
}

TEST_CASE("a failed run in JUnit: a test case in error per reason") {
    CHECK(render_report("junit", failed_findings(), sample_options()) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites>\n"
          "  <testsuite name=\"reltheme lint\" package=\"reltheme\" id=\"0\" tests=\"3\" "
          "failures=\"0\" errors=\"3\" skipped=\"0\" time=\"0\" "
          "timestamp=\"1970-01-01T00:00:00\" hostname=\"localhost\">\n"
          "    <properties/>\n"
          "    <testcase name=\"missing-path\" classname=\"themse/\" time=\"0\">\n"
          "      <error type=\"missing-path\" message=\"themse/: no such file or folder\">themse/: "
          "no such file or folder</error>\n"
          "    </testcase>\n"
          "    <testcase name=\"unreadable-folder\" classname=\"themes/closed\" time=\"0\">\n"
          "      <error type=\"unreadable-folder\" message=\"cannot read the folder "
          "themes/closed: Permission denied\">cannot read the folder themes/closed: Permission "
          "denied</error>\n"
          "    </testcase>\n"
          "    <testcase name=\"read-error\" classname=\"themes/c.yaml\" time=\"0\">\n"
          "      <error type=\"read-error\" message=\"cannot read themes/c.yaml: Permission "
          "denied\">cannot read themes/c.yaml: Permission denied</error>\n"
          "    </testcase>\n"
          "    <system-out/>\n"
          "    <system-err/>\n"
          "  </testsuite>\n"
          "</testsuites>\n");
}
