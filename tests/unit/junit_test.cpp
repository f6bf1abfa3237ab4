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

TEST_CASE("JUnit: one test case per file, a failure per finding, an error for an unreadable file") {
    const std::string text = render_report("junit", sample_findings(), sample_options());
    const std::string expected =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"reltheme lint\" tests=\"3\" failures=\"1\" errors=\"1\">\n"
        "  <testsuite name=\"reltheme lint\" tests=\"3\" failures=\"1\" errors=\"1\" "
        "skipped=\"0\">\n"
        "    <testcase name=\"themes/a, b:c.yaml\" classname=\"reltheme.lint\" file=\"themes/a, "
        "b:c.yaml\">\n"
        "      <failure type=\"unused-suppression\" message=\"themes/a, b:c.yaml:1:1: "
        "info[unused-suppression]: spans two lines\">themes/a, b:c.yaml:1:1: "
        "info[unused-suppression]: spans two "
        "lines\n"
        "  |\n"
        "1 | reltheme: 1\n"
        "  | ^~~~~~~~~~~\n"
        "</failure>\n"
        "      <failure type=\"schema\" message=\"themes/a, b:c.yaml:3:7: warning[schema]: name "
        "«Стандартная» is "
        "long: really, it is\">themes/a, b:c.yaml:3:7: warning[schema]: name «Стандартная» is "
        "long: really, it is\n"
        "  |\n"
        "3 | name: Стандартная\n"
        "  |       ^~~~~~~~~~~\n"
        "</failure>\n"
        "      <failure type=\"duplicate-id\" message=\"themes/a, b:c.yaml:4:23: "
        "error[duplicate-id]: stage id "
        "&quot;new&quot; is used twice; 100% &lt;sure&gt; &amp; \\x1b[31mred\\x0asecond "
        "line\">themes/a, "
        "b:c.yaml:4:23: error[duplicate-id]: stage id &quot;new&quot; is used twice; 100% "
        "&lt;sure&gt; &amp; "
        "\\x1b[31mred\\x0asecond line\n"
        "  |\n"
        "4 | stages: [{id: new}, {id: new}]\n"
        "  |                       ^~~\n"
        "themes/a, b:c.yaml:4:14: note: first defined here\n"
        "</failure>\n"
        "    </testcase>\n"
        "    <testcase name=\"themes/b.yaml\" classname=\"reltheme.lint\" "
        "file=\"themes/b.yaml\"/>\n"
        "    <testcase name=\"themes/c.yaml\" classname=\"reltheme.lint\" file=\"themes/c.yaml\">\n"
        "      <error type=\"read-error\" message=\"cannot read themes/c.yaml: Permission "
        "denied\">cannot read "
        "themes/c.yaml: Permission denied</error>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n";
    CHECK(text == expected);
}
