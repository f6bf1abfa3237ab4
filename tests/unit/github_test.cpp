#include "report/github.h"

#include <doctest/doctest.h>

#include "report_support.h"

using namespace reltheme;
using namespace reltheme::test;

TEST_CASE("workflow command values are escaped as GitHub's toolkit does") {
    CHECK(github_escape_data("100% a:b,c\r\nd") == "100%25 a:b,c%0D%0Ad");
    CHECK(github_escape_property("100% a:b,c\r\nd") == "100%25 a%3Ab%2Cc%0D%0Ad");
    CHECK(github_escape_data("%0A") == "%250A");
}

namespace {

/// The report with its stop-commands token (random, 32 hex digits, the same
/// at both ends of the block) written TOKEN.
std::string masked(const std::string& text) {
    const std::string start = "::stop-commands::";
    // The command at the start of a line (a message may quote one).
    const auto line = text.find("\n" + start);
    if (line == std::string::npos) return text;
    const auto at = line + 1;
    const std::string token = text.substr(at + start.size(), 32);
    CHECK(token.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(text.substr(at + start.size() + 32, 1) == "\n");
    std::string out = text;
    for (const std::string& from : {"\n" + start + token + "\n", "\n::" + token + "::\n"}) {
        const auto pos = out.find(from);
        REQUIRE(pos != std::string::npos);
        out.replace(pos, from.size(),
                    from.starts_with("\n" + start) ? "\n" + start + "TOKEN\n" : "\n::TOKEN::\n");
    }
    return out;
}

}  // namespace

TEST_CASE("the GitHub report: annotations, the full report in a group, a summary") {
    ReportOptions options = sample_options();
    const std::string text = masked(render_report("github", sample_findings(), options));
    const std::string expected =
        "::notice file=sub/themes/a%2C b%3Ac.yaml,line=1,endLine=2,title=unused-suppression::spans "
        "two lines\n"
        "::warning file=sub/themes/a%2C "
        "b%3Ac.yaml,line=3,col=7,endLine=3,endColumn=18,title=schema::"
        "name «Стандартная» is long: really, it is\n"
        "::error file=sub/themes/a%2C "
        "b%3Ac.yaml,line=4,col=23,endLine=4,endColumn=26,title=duplicate-id::"
        "stage id \"new\" is used twice; 100%25 <sure> & \\x1b[31mred\\x0asecond line"
        "%0Anote: sub/themes/a, b:c.yaml:4:14: first defined here\n"
        "::error file=sub/themes/c.yaml,title=read-error::cannot read themes/c.yaml: Permission "
        "denied\n"
        "::group::reltheme lint: full report\n"
        "::stop-commands::TOKEN\n"
        "themes/a, b:c.yaml:1:1: info[unused-suppression]: spans two lines\n"
        "  |\n"
        "1 | reltheme: 1\n"
        "  | ^~~~~~~~~~~\n"
        "themes/a, b:c.yaml:3:7: warning[schema]: name «Стандартная» is long: really, it is\n"
        "  |\n"
        "3 | name: Стандартная\n"
        "  |       ^~~~~~~~~~~\n"
        "themes/a, b:c.yaml:4:23: error[duplicate-id]: stage id \"new\" is used twice; 100% <sure> "
        "& "
        "\\x1b[31mred\\x0asecond line\n"
        "  |\n"
        "4 | stages: [{id: new}, {id: new}]\n"
        "  |                       ^~~\n"
        "themes/a, b:c.yaml:4:14: note: first defined here\n"
        "error[read-error]: cannot read themes/c.yaml: Permission denied\n"
        "1 error, 1 warning, 1 info in 3 files; the run failed: 1 read-error\n"
        "::TOKEN::\n"
        "::endgroup::\n"
        "reltheme lint: 1 error, 1 warning, 1 info in 3 files; the run failed: 1 read-error\n";
    CHECK(text == expected);
}

TEST_CASE("a clean GitHub report is only the summary line") {
    CHECK(render_report("github", clean_findings(), sample_options()) ==
          "reltheme lint: 0 errors, 0 warnings in 1 file\n");
}

TEST_CASE("past GitHub's 10 annotations the summary says where the rest is") {
    Findings f = clean_findings();
    for (int i = 1; i <= 11; ++i) {
        Diagnostic d = finding("schema", "themes/a.yaml", {{i, 1}, {i, 2}}, "m");
        f.files[0].diagnostics.push_back(d);
    }
    f.errors = 11;
    const std::string text = render_report("github", f, sample_options());
    CHECK(text.ends_with(
        "reltheme lint: 11 errors, 0 warnings in 1 file (GitHub shows at most 10 annotations of "
        "each level per step; the \"full report\" group above lists every finding)\n"));
}

TEST_CASE("file names in the GitHub report's group cannot become workflow commands") {
    Findings f = clean_findings();
    Diagnostic d =
        finding("schema", "::warning title=X::a.yaml", {{1, 1}, {1, 2}}, "::stop-commands::abc");
    f.files[0].path = d.file;
    f.files[0].diagnostics.push_back(d);
    f.errors = 1;
    const std::string text = render_report("github", f, sample_options());
    CHECK(masked(text) ==
          "::error file=sub/%3A%3Awarning title=X%3A%3Aa.yaml,line=1,col=1,endLine=1,endColumn=2,"
          "title=schema::::stop-commands::abc\n"
          "::group::reltheme lint: full report\n"
          "::stop-commands::TOKEN\n"
          "::warning title=X::a.yaml:1:1: error[schema]: ::stop-commands::abc\n"
          "1 error, 0 warnings in 1 file\n"
          "::TOKEN::\n"
          "::endgroup::\n"
          "reltheme lint: 1 error, 0 warnings in 1 file\n");
    // Every run has its own token.
    CHECK(render_report("github", f, sample_options()) != text);
}

TEST_CASE("the stop-commands token is 128 random bits in hex") {
    const std::string a = github_stop_token();
    CHECK(a.size() == 32);
    CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(github_stop_token() != a);
}
