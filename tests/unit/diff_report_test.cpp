// The diff printers on a hand-made result: colour, quiet mode, escaping in
// Markdown and GitHub commands.
#include "report/diff_report.h"

#include <doctest/doctest.h>

#include <sstream>

#include <nlohmann/json.hpp>

using namespace reltheme;

namespace {

Change make_change(const std::string& kind, Severity severity, ChangeOp op, Side side,
                   const std::string& file, int line, const std::string& message) {
    Change c;
    c.diagnostic.rule = kind;
    c.diagnostic.severity = severity;
    c.diagnostic.file = file;
    c.diagnostic.range = Range{{line, 3}, {line, 8}};
    c.diagnostic.message = message;
    c.op = op;
    c.side = side;
    return c;
}

DiffResult sample() {
    DiffResult r;
    r.old_label = "HEAD~1";
    r.new_label = "working tree";
    ThemeDiff t;
    t.id = "deals";
    t.name = "Сделки";
    t.old_file = "HEAD~1:themes/deals.yaml";
    t.new_file = "themes/deals.yaml";
    t.old_plain = t.new_plain = t.old_key = t.new_key = "themes/deals.yaml";
    t.old_source = SourceText(*t.old_file, "a\n  - id: intro\n");
    t.new_source = SourceText(*t.new_file, "a\n  x: 1\n");
    t.status = ThemeStatus::Changed;
    Change removed = make_change("stage-removed", Severity::Error, ChangeOp::Removed, Side::Old,
                                 *t.old_file, 2, "stage \"intro\" removed | 100% gone\nreally");
    removed.anchor = Location{"themes/deals.yaml", Range{{1, 1}, {1, 2}}};
    t.changes.push_back(removed);
    t.changes.push_back(make_change("stage-added", Severity::Info, ChangeOp::Added, Side::New,
                                    *t.new_file, 2, "stage \"x\" added"));
    t.breaking = 1;
    t.infos = 1;
    r.themes.push_back(t);
    r.breaking = 1;
    r.infos = 1;
    r.changed_themes = 1;
    return r;
}

}  // namespace

TEST_CASE("human diff output: signs, code frames from each side, summary; colour on request") {
    std::ostringstream plain;
    print_diff_human(plain, sample(), HumanOptions{});
    CHECK(plain.str() ==
          "deals (Сделки) — themes/deals.yaml\n"
          "- HEAD~1:themes/deals.yaml:2:3: error[stage-removed]: stage \"intro\" removed | 100% "
          "gone\\x0areally\n"
          "  |\n"
          "2 |   - id: intro\n"
          "  |   ^~~~~\n"
          "+ themes/deals.yaml:2:3: info[stage-added]: stage \"x\" added\n"
          "  |\n"
          "2 |   x: 1\n"
          "  |   ^~~~\n"
          "\n"
          "1 breaking change, 0 warnings, 1 info in 1 of 1 theme (HEAD~1 -> working tree)\n");
    std::ostringstream colour;
    print_diff_human(colour, sample(), HumanOptions{true, false});
    CHECK(colour.str().find("\x1b[31m-\x1b[0m ") != std::string::npos);
    CHECK(colour.str().find("\x1b[32m+\x1b[0m ") != std::string::npos);
}

TEST_CASE("quiet human diff output keeps only breaking changes") {
    std::ostringstream out;
    print_diff_human(out, sample(), HumanOptions{false, true});
    CHECK(out.str().find("stage-removed") != std::string::npos);
    CHECK(out.str().find("stage-added") == std::string::npos);
    DiffResult calm = sample();
    calm.themes[0].changes.erase(calm.themes[0].changes.begin());
    calm.themes[0].breaking = calm.breaking = 0;
    std::ostringstream none;
    print_diff_human(none, calm, HumanOptions{false, true});
    CHECK(none.str().empty());
}

TEST_CASE("markdown escapes table cells and puts breaking changes first") {
    std::ostringstream out;
    print_diff_markdown(out, sample());
    const std::string md = out.str();
    CHECK(md.starts_with("## reltheme diff: 1 breaking change\n"));
    // Control characters are shown escaped, as everywhere a file's text reaches the reader.
    CHECK(md.find("removed \\| 100% gone\\\\x0areally") != std::string::npos);
    CHECK(md.find("### Breaking changes") < md.find("<summary>1 other change</summary>"));
}

TEST_CASE("markdown table cells escape markup as the rendered pages do") {
    DiffResult r = sample();
    r.themes[0].changes[0].diagnostic.message = "stage <b>intro</b> & [x]! #1";
    std::ostringstream out;
    print_diff_markdown(out, r);
    CHECK(out.str().find("stage \\<b\\>intro\\</b\\> \\& \\[x\\]\\! \\#1 |") != std::string::npos);
}

TEST_CASE("json errors of a side keep the finding's notes and fix") {
    DiffResult r = sample();
    ThemeDiff& t = r.themes[0];
    t.status = ThemeStatus::Invalid;
    t.changes.clear();
    Diagnostic d;
    d.rule = "duplicate-id";
    d.file = "themes/deals.yaml";
    d.range = Range{{4, 9}, {4, 14}};
    d.message = "stage id \"intro\" is used twice";
    d.notes.push_back(Note{"themes/deals.yaml", Range{{2, 9}, {2, 14}}, "first defined here"});
    d.fix = Fix{Range{{4, 9}, {4, 14}}, "intro_2"};
    t.new_errors.push_back(d);
    std::ostringstream out;
    print_diff_json(out, r);
    const auto j = nlohmann::ordered_json::parse(out.str());
    CHECK(j["themes"][0]["errors"].dump() ==
          R"([{"side":"new","file":"themes/deals.yaml","line":4,"column":9,"end_line":4,)"
          R"("end_column":14,"severity":"error","rule":"duplicate-id","message":"stage id )"
          R"(\"intro\" is used twice","notes":[{"file":"themes/deals.yaml","line":2,"column":9,)"
          R"("end_line":2,"end_column":14,"message":"first defined here"}],"fix":{"line":4,)"
          R"("column":9,"end_line":4,"end_column":14,"replacement":"intro_2","safe":false}}])");
}

TEST_CASE("github commands escape data and point removals at the new file") {
    std::ostringstream out;
    print_diff_github(out, sample());
    CHECK(
        out.str() ==
        "::error file=themes/deals.yaml,line=1,col=1,endLine=1,endColumn=2,title=reltheme diff%3A "
        "stage-removed::stage \"intro\" removed | 100%25 gone\\x0areally (was at "
        "HEAD~1:themes/deals.yaml:2)\n"
        "::notice file=themes/deals.yaml,line=2,col=3,endLine=2,endColumn=8,title=reltheme diff%3A "
        "stage-added::stage \"x\" added\n");
}

TEST_CASE("github diff commands: control characters shown escaped, no column across lines") {
    DiffResult r = sample();
    ThemeDiff& t = r.themes[0];
    t.changes.clear();
    Change renamed =
        make_change("stage-renamed", Severity::Info, ChangeOp::Changed, Side::New, *t.new_file, 2,
                    "stage \"x\" renamed from \"\x1b[31mOld\" to \"New\a\"");
    renamed.diagnostic.range = Range{{2, 3}, {4, 1}};
    t.changes.push_back(renamed);
    Diagnostic invalid;
    invalid.rule = "unknown-stage";
    invalid.file = *t.new_file;
    invalid.range = Range{{5, 9}, {5, 14}};
    invalid.message = "next: \"\x1b]0;title\" is not a stage";
    invalid.notes.push_back(Note{"themes/deals.yaml", Range{{3, 5}, {3, 6}}, "stage \x07here"});
    t.new_errors.push_back(invalid);
    std::ostringstream out;
    print_diff_github(out, r);
    CHECK(out.str() ==
          "::error file=themes/deals.yaml,line=5,col=9,endLine=5,endColumn=14,title=unknown-stage::"
          "next: \"\\x1b]0;title\" is not a stage%0Anote: themes/deals.yaml:3:5: stage \\x07here\n"
          "::notice file=themes/deals.yaml,line=2,endLine=4,title=reltheme diff%3A "
          "stage-renamed::stage \"x\" renamed from \"\\x1b[31mOld\" to \"New\\x07\"\n");
}

TEST_CASE("the summary line counts what was not compared") {
    DiffResult r;
    r.old_label = "a";
    r.new_label = "b";
    ThemeDiff t;
    t.status = ThemeStatus::Invalid;
    r.themes.push_back(t);
    r.invalid_new = 1;
    CHECK(diff_summary_line(r) == "1 theme not compared (a -> b)");
    r.themes.push_back(ThemeDiff{});
    CHECK(diff_summary_line(r) == "no changes in 1 theme; 1 theme not compared (a -> b)");
}
