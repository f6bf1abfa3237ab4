// The one count of findings by severity.
#include "util/severity_counts.h"

#include <doctest/doctest.h>

using namespace reltheme;

namespace {
Diagnostic at(Severity s) {
    Diagnostic d;
    d.severity = s;
    return d;
}
}  // namespace

TEST_CASE("count_severities counts every level") {
    const std::vector<Diagnostic> ds{at(Severity::Error), at(Severity::Info), at(Severity::Warning),
                                     at(Severity::Info)};
    const SeverityCounts c = count_severities(ds);
    CHECK(c.errors == 1);
    CHECK(c.warnings == 1);
    CHECK(c.infos == 2);
}

TEST_CASE("count_into adds one file's counts to the run's totals, infos included") {
    Findings f;
    f.errors = 2;
    count_into(f, {at(Severity::Error), at(Severity::Info)});
    count_into(f, {at(Severity::Warning)});
    CHECK(f.errors == 3);
    CHECK(f.warnings == 1);
    CHECK(f.infos == 1);
}

TEST_CASE("add_file_findings adds the file with its findings in report order, counted") {
    Findings f;
    Diagnostic late = at(Severity::Warning);
    late.file = "a.yaml";
    late.range = Range{{9, 1}, {9, 2}};
    Diagnostic early = at(Severity::Error);
    early.file = "a.yaml";
    early.range = Range{{2, 1}, {2, 2}};
    add_file_findings(f, SourceText("a.yaml", "x\n"), {late, early});
    REQUIRE(f.files.size() == 1);
    CHECK(f.files[0].path == "a.yaml");
    CHECK(f.files[0].source.text() == "x\n");
    REQUIRE(f.files[0].diagnostics.size() == 2);
    CHECK(f.files[0].diagnostics[0].range.begin.line == 2);
    CHECK(f.files[0].diagnostics[1].range.begin.line == 9);
    CHECK(f.errors == 1);
    CHECK(f.warnings == 1);
    CHECK_FALSE(f.read_failed);
}

TEST_CASE("add_unreadable_file records the file, the reason and a failed read") {
    Findings f;
    add_unreadable_file(f, "gone.yaml", "No such file or directory");
    REQUIRE(f.files.size() == 1);
    CHECK(f.files[0].path == "gone.yaml");
    CHECK(f.files[0].read_error == std::optional<std::string>("No such file or directory"));
    CHECK(f.files[0].diagnostics.empty());
    CHECK(f.read_failed);
    CHECK(f.errors == 0);
}
