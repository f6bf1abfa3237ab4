// lint --fix: fixes applied as text edits (comments and layout kept), safe
// and unsafe ones apart, the result checked again, a second run a no-op, and
// a file with a syntax error left alone; the unified diff --diff prints.
#include <doctest/doctest.h>

#include <string>

#include "check/fixer.h"
#include "test_support.h"
#include "util/line_diff.h"

using namespace reltheme;

namespace {

CheckOptions lint_options() {
    CheckOptions o;
    o.lint = true;
    o.is_rule_id = &is_rule_id;
    return o;
}

FixedText fix(const std::string& text, bool unsafe) {
    const CheckOptions options = lint_options();
    return fix_text("theme.yaml", text, check_text("theme.yaml", text, options), options, unsafe);
}

/// A theme with one finding of each safe fix, comments among them, and what
/// the safe fixes make of it (tests/scripts/lint_fix.sh fixes the same file).
std::string fixes_file(const char* name) {
    return test::read_text(test::source_dir() / "tests/fixes" / name);
}

}  // namespace

TEST_CASE("safe fixes mend spelling, spacing and idle suppressions; comments and layout stay") {
    const FixedText fixed = fix(fixes_file("standard.broken.yaml"), false);
    CHECK(fixed.refused.empty());
    CHECK(fixed.applied == 6);
    CHECK(fixed.text == fixes_file("standard.fixed.yaml"));
    // The guess at "propsal" is unsafe: still reported, not applied.
    REQUIRE(fixed.diagnostics.size() == 1);
    CHECK(fixed.diagnostics[0].rule == "unknown-stage");
    CHECK(fixed.diagnostics[0].message ==
          "stage \"propsal\" does not exist; did you mean \"proposal\"?");
    // A second run has nothing left to do.
    const FixedText again = fix(fixed.text, false);
    CHECK(again.applied == 0);
    CHECK(again.text == fixed.text);
}

TEST_CASE("a YAML 1.1 boolean is mended to the boolean YAML 1.1 reads it as, comment kept") {
    const std::string theme = fixes_file("standard.fixed.yaml");
    const FixedText fixed =
        fix(theme + "parameters:\n  concurrent_deals: Off  # one deal per client\n", false);
    CHECK(fixed.applied == 1);
    CHECK(fixed.text == theme + "parameters:\n  concurrent_deals: false  # one deal per client\n");
    CHECK(fix(theme + "parameters:\n  concurrent_deals: yes\n", false).text ==
          theme + "parameters:\n  concurrent_deals: true\n");
}

TEST_CASE("unsafe fixes apply the did-you-mean guesses only when asked") {
    const FixedText fixed = fix(fixes_file("standard.broken.yaml"), true);
    CHECK(fixed.applied == 7);
    CHECK(fixed.text.find("next: [proposal]\n") != std::string::npos);
    CHECK(fixed.diagnostics.empty());
}

TEST_CASE("a suppression keeps the ids it still needs") {
    const std::string text = R"(reltheme: 1
id: standard
name: Стандартная
description: Продажи
instruction: Ведите сделку.
type: sales
stages:
  - id: new  # reltheme: ignore[missing-deadline, long-name] no deadline on purpose
    name: Новый
    instruction: Позвоните.
    next: [paid]
  - id: paid
    name: Оплата
    deadline: 2d
    instruction: Проверьте оплату.
outcomes:
  - id: expensive
    name: Дорого
    result: failure
)";
    const FixedText fixed = fix(text, false);
    CHECK(fixed.applied == 1);
    std::string want = text;
    want.replace(want.find("[missing-deadline, long-name]"), 29, "[missing-deadline]");
    CHECK(fixed.text == want);
    CHECK(fixed.diagnostics.empty());
}

TEST_CASE("a file with a YAML syntax error is never touched") {
    const std::string text = "reltheme: 1\nid: x\nmax_duration: 30 d\nname: [unclosed\n";
    const FixedText fixed = fix(text, true);
    CHECK(fixed.refused == "it has a YAML syntax error");
    CHECK(fixed.applied == 0);
    CHECK(fixed.text == text);
}

TEST_CASE("overlapping fixes: the first is taken, the other waits for the next round") {
    const SourceText source("t.yaml", "abcdef\n");
    std::vector<Diagnostic> ds(3);
    ds[0].fix = Fix{{{1, 1}, {1, 4}}, "X", true};
    ds[1].fix = Fix{{{1, 3}, {1, 5}}, "Y", true};
    ds[2].fix = Fix{{{1, 6}, {1, 7}}, "Z", false};
    int applied = 0;
    CHECK(apply_fixes(source, ds, false, applied) == "Xdef\n");
    CHECK(applied == 1);
    applied = 0;
    CHECK(apply_fixes(source, ds, true, applied) == "XdeZ\n");
    CHECK(applied == 2);
}

TEST_CASE("unified_diff prints hunks with three lines of context") {
    std::string before;
    for (int i = 1; i <= 12; ++i) before += "line " + std::to_string(i) + "\n";
    std::string after = before;
    after.replace(after.find("line 2\n"), 7, "line two\n");
    after.replace(after.find("line 11\n"), 8, "");
    CHECK(unified_diff("t.yaml", before, after) == R"(--- a/t.yaml
+++ b/t.yaml
@@ -1,5 +1,5 @@
 line 1
-line 2
+line two
 line 3
 line 4
 line 5
@@ -8,5 +8,4 @@
 line 8
 line 9
 line 10
-line 11
 line 12
)");
    CHECK(unified_diff("t.yaml", before, before).empty());
    CHECK(unified_diff("t.yaml", "a\nb", "a\nc") == R"(--- a/t.yaml
+++ b/t.yaml
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+c
\ No newline at end of file
)");
}

TEST_CASE("each rule's page says which fixes it has, in both languages, as the rule declares") {
    for (const auto& rule : check_rules()) {
        const std::string id(rule->id());
        const std::string cls = to_string(rule->fixes());
        const std::string en = test::read_text(test::source_dir() / "docs/rules" / (id + ".md"));
        const std::string ru = test::read_text(test::source_dir() / "docs/rules/ru" / (id + ".md"));
        INFO(id);
        if (cls == "none") {
            CHECK(en.find("**Fix:**") == std::string::npos);
            CHECK(ru.find("**Исправление:**") == std::string::npos);
            continue;
        }
        CHECK(en.find("\n**Fix:** " + cls + ": ") != std::string::npos);
        const std::string ru_class = cls == "safe"     ? "безопасное"
                                     : cls == "unsafe" ? "небезопасное"
                                                       : "оба вида";
        CHECK(ru.find("\n**Исправление:** " + ru_class + ": ") != std::string::npos);
    }
}

TEST_CASE("every fix the rules' wrong examples carry is of a class its rule declares") {
    const CheckOptions options = lint_options();
    for (const auto& entry :
         std::filesystem::directory_iterator(test::source_dir() / "tests/rules")) {
        const auto bad = entry.path() / "bad.yaml";
        if (!std::filesystem::exists(bad)) continue;
        for (const Diagnostic& d : check_text(bad.string(), test::read_text(bad), options)) {
            if (!d.fix) continue;
            const Rule* rule = find_check_rule(d.rule);
            REQUIRE_MESSAGE(rule, d.rule);
            const FixClass declared = rule->fixes();
            INFO(d.rule << ": " << d.message);
            CHECK((declared == FixClass::Both ||
                   declared == (d.fix->safe ? FixClass::Safe : FixClass::Unsafe)));
        }
    }
}
