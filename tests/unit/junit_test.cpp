#include "report/junit.h"

#include <doctest/doctest.h>

#include "report_support.h"

using namespace reltheme;
using namespace reltheme::test;

TEST_CASE("XML text is escaped and control characters never reach the document") {
    CHECK(xml_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
    CHECK(xml_escape("\x1b[0m\x01") == "\\x1b[0m\\x01");
    CHECK(xml_escape("Сделка") == "Сделка");
}

TEST_CASE("JUnit: one test case per finding, one per clean file, an error per unreadable file") {
    ReportOptions options = sample_options();
    options.time = 1700000000;
    options.hostname = "ci-runner";
    const std::string text = render_report("junit", sample_findings(), options);
    const std::string expected =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites>\n"
        "  <testsuite name=\"reltheme lint\" package=\"reltheme\" id=\"0\" tests=\"5\" "
        "failures=\"3\" errors=\"1\" skipped=\"0\" time=\"0\" timestamp=\"2023-11-14T22:13:20\" "
        "hostname=\"ci-runner\">\n"
        "    <properties/>\n"
        "    <testcase name=\"unused-suppression at 1:1\" classname=\"themes/a, b:c.yaml\" "
        "time=\"0\">\n"
        "      <failure type=\"unused-suppression\" message=\"themes/a, b:c.yaml:1:1: "
        "info[unused-suppression]: spans two lines\">themes/a, b:c.yaml:1:1: "
        "info[unused-suppression]: spans two lines\n"
        "  |\n"
        "1 | reltheme: 1\n"
        "  | ^~~~~~~~~~~\n"
        "</failure>\n"
        "    </testcase>\n"
        "    <testcase name=\"schema at 3:7\" classname=\"themes/a, b:c.yaml\" time=\"0\">\n"
        "      <failure type=\"schema\" message=\"themes/a, b:c.yaml:3:7: warning[schema]: name "
        "«Стандартная» is long: really, it is\">themes/a, b:c.yaml:3:7: warning[schema]: name "
        "«Стандартная» is long: really, it is\n"
        "  |\n"
        "3 | name: Стандартная\n"
        "  |       ^~~~~~~~~~~\n"
        "</failure>\n"
        "    </testcase>\n"
        "    <testcase name=\"duplicate-id at 4:23\" classname=\"themes/a, b:c.yaml\" "
        "time=\"0\">\n"
        "      <failure type=\"duplicate-id\" message=\"themes/a, b:c.yaml:4:23: "
        "error[duplicate-id]: stage id &quot;new&quot; is used twice; 100% &lt;sure&gt; &amp; "
        "\\x1b[31mred\\x0asecond line\">themes/a, b:c.yaml:4:23: error[duplicate-id]: stage id "
        "&quot;new&quot; is used twice; 100% &lt;sure&gt; &amp; \\x1b[31mred\\x0asecond line\n"
        "  |\n"
        "4 | stages: [{id: new}, {id: new}]\n"
        "  |                       ^~~\n"
        "themes/a, b:c.yaml:4:14: note: first defined here\n"
        "</failure>\n"
        "    </testcase>\n"
        "    <testcase name=\"no findings\" classname=\"themes/b.yaml\" time=\"0\"/>\n"
        "    <testcase name=\"read-error\" classname=\"themes/c.yaml\" time=\"0\">\n"
        "      <error type=\"read-error\" message=\"cannot read themes/c.yaml: Permission "
        "denied\">cannot read themes/c.yaml: Permission denied</error>\n"
        "    </testcase>\n"
        "    <system-out/>\n"
        "    <system-err/>\n"
        "  </testsuite>\n"
        "</testsuites>\n";
    CHECK(text == expected);
}

TEST_CASE("JUnit timestamps are UTC without a zone, as Ant's XSD writes them") {
    CHECK(junit_timestamp(0) == "1970-01-01T00:00:00");
    CHECK(junit_timestamp(1700000000) == "2023-11-14T22:13:20");
}
