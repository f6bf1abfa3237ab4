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
