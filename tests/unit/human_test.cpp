#include "report/human.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace reltheme;

namespace {

std::string frame(const std::string& text, int line, int column, int end_column) {
    const SourceText source("t.yaml", text);
    Diagnostic d;
    d.rule = "schema";
    d.file = "t.yaml";
    d.range.begin = {line, column};
    d.range.end = {line, end_column};
    d.message = "m";
    std::ostringstream out;
    print_diagnostic(out, d, &source, HumanOptions{});
    return out.str();
}

}  // namespace

TEST_CASE("a code frame shows the line and a caret under the range") {
    CHECK(frame("a: 1\nkey: value\n", 2, 6, 11) ==
          "t.yaml:2:6: error[schema]: m\n"
          "  |\n"
          "2 | key: value\n"
          "  |      ^~~~~\n");
}

TEST_CASE("a control character is escaped and the caret still lines up after it") {
    // "red" starts at character 9; printed, the escape takes 4 columns, not 1.
    CHECK(frame("k: \x1b[31mred\n", 1, 9, 12) ==
          "t.yaml:1:9: error[schema]: m\n"
          "  |\n"
          "1 | k: \\x1b[31mred\n"
          "  |            ^~~\n");
}

TEST_CASE("a long line is cut to a window around the finding, control characters or not") {
    // A 1 MB line with an escape character near the finding: the frame shows
    // at most 160 characters of it (plus escapes), not the whole line.
    std::string line(1 << 20, 'x');
    line[600000] = '\x07';
    const std::string out = frame("k: " + line + "\n", 1, 600005, 600008);
    CHECK(out.size() < 600);
    CHECK(out.find("...") != std::string::npos);
    CHECK(out.find("\\x07") != std::string::npos);
    // The caret stands under column 600005: after "...", the 40 characters of
    // the window before it, with the 4-character escape counted as printed.
    const auto caret_line = out.substr(out.rfind("  | ") + 4);
    const auto text_line = out.substr(out.find("1 | ") + 4);
    CHECK(text_line.substr(caret_line.find('^'), 1) == "x");
}
