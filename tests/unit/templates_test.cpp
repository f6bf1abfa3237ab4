// Mustache scanning, placeholder rules and the mapping of a tag inside a YAML
// scalar back to its line and column in the theme file.
#include "check/templates.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

using namespace reltheme;
using reltheme::test::brief;
using reltheme::test::check_string;

namespace {

const char* k_head = R"(reltheme: 1
id: standard
name: Стандартная
type: sales
stages:
  - id: new
    name: Новый
)";

/// "rule@line:col" of the findings of one rule, for a theme with one stage
/// whose extra keys are `body`.
std::string findings_of(const std::string& rule, const std::string& body,
                        const std::string& tail = "") {
    std::string out;
    for (const auto& d : check_string(std::string(k_head) + body + tail)) {
        if (d.rule == rule) out += (out.empty() ? "" : " ") + brief({d}).front();
    }
    return out;
}

std::vector<std::string> names(const TemplateScan& scan) {
    std::vector<std::string> out;
    for (const auto& t : scan.tags) out.push_back(t.name);
    return out;
}

}  // namespace

TEST_CASE("scan_template finds variables and sections and partials with their offsets") {
    const std::string text =
        "Hi {{client.name}}, {{{deal.manager}}} {{&x}}{{#a}}{{.}}{{/a}}{{^b}}{{/b}}{{! c }}{{> p}}";
    const TemplateScan scan = scan_template(text);
    CHECK_FALSE(scan.error);
    CHECK(names(scan) ==
          std::vector<std::string>{"client.name", "deal.manager", "x", "a", ".", "b", "p"});
    REQUIRE(scan.tags.size() == 7);
    CHECK(scan.tags[0].offset == 3);
    CHECK(scan.tags[0].length == 15);
    CHECK(scan.tags[1].length == 18);  // triple mustache
    CHECK(scan.tags[3].kind == TagKind::Section);
    CHECK_FALSE(scan.tags[3].in_section);
    CHECK(scan.tags[4].in_section);
    CHECK(scan.tags[5].kind == TagKind::InvertedSection);
    CHECK(scan.tags[6].kind == TagKind::Partial);
}

TEST_CASE("scan_template follows set-delimiter tags") {
    const std::string text = "{{=<% %>=}}Hi <% client.nmae %> {{not a tag}}";
    const TemplateScan scan = scan_template(text);
    CHECK_FALSE(scan.error);
    REQUIRE(scan.tags.size() == 1);
    CHECK(scan.tags[0].name == "client.nmae");
    CHECK(scan.tags[0].offset == text.find("<% client"));
    CHECK(scan.tags[0].length == std::string("<% client.nmae %>").size());
}

TEST_CASE("scan_template reports syntax errors at the tag") {
    SUBCASE("unclosed tag") {
        const auto scan = scan_template("ab {{client.name");
        REQUIRE(scan.error);
        CHECK(scan.error->offset == 3);
        CHECK(scan.error->message == "this tag is never closed");
    }
    SUBCASE("unclosed section") {
        const auto scan = scan_template("x {{#fields.a}} y");
        REQUIRE(scan.error);
        CHECK(scan.error->offset == 2);
        CHECK(scan.error->message.find("never closed") != std::string::npos);
    }
    SUBCASE("unopened section") {
        const auto scan = scan_template("x {{/a}}");
        REQUIRE(scan.error);
        CHECK(scan.error->offset == 2);
        CHECK(scan.error->length == 6);
    }
    SUBCASE("bad set-delimiter") {
        const auto scan = scan_template("{{=<%=}}");
        REQUIRE(scan.error);
    }
    SUBCASE("hostile nesting is refused before the library sees it") {
        std::string text;
        for (int i = 0; i < 100000; ++i) text += "{{#a}}";
        const auto scan = scan_template(text);
        REQUIRE(scan.error);
        CHECK(scan.error->message.find("nested") != std::string::npos);
        CHECK(scan.error->offset == 100 * 6);
    }
    SUBCASE("a text without tags") {
        const auto scan = scan_template("Plain text, {single} braces }}");
        CHECK_FALSE(scan.error);
        CHECK(scan.tags.empty());
    }
}

TEST_CASE("placeholders: the fixed set and the theme's fields and suggestions") {
    DiagnosticSink sink("t.yaml");
    Theme theme;
    theme.fields.push_back(Field{Id{"discount", {}}, {}, {}, {}, {}, {}});
    const Placeholders p(theme, {PlaceholderContext::Kind::StageInstruction});
    Suggester s;
    std::optional<std::string> suggestion;
    auto problem = [&](const std::string& name, TagKind kind = TagKind::Variable,
                       bool in_section = false) {
        TemplateTag tag;
        tag.name = name;
        tag.kind = kind;
        tag.in_section = in_section;
        return p.problem(tag, "", s, suggestion);
    };
    for (const char* ok : {"client.name", "deal.manager", "deal.deadline", "theme.name",
                           "stage.name", "fields.discount"}) {
        CHECK_FALSE(problem(ok));
    }
    CHECK_FALSE(problem(".", TagKind::Variable, true));
    CHECK(problem("."));
    CHECK(problem("client.nmae"));
    CHECK(suggestion == "client.name");
    CHECK(problem("fields.dicsount")->find("no field \"dicsount\"") != std::string::npos);
    CHECK(suggestion == "fields.discount");
    CHECK(problem("client"));
    CHECK(suggestion == "client.name");
    CHECK(problem("deal")->find("one of deal.manager, deal.deadline") != std::string::npos);
    CHECK(problem("header", TagKind::Partial)->find("partial") != std::string::npos);
    CHECK(problem("")->find("empty") != std::string::npos);
}

TEST_CASE("a tag in inline text is reported at its own line and column") {
    SUBCASE("plain scalar") {
        CHECK(findings_of("unknown-placeholder",
                          "    instruction: Звонок {{client.nmae}} сегодня\n") ==
              "unknown-placeholder@8:25");
    }
    SUBCASE("double-quoted scalar with an escape before the tag") {
        CHECK(findings_of("unknown-placeholder", "    instruction: \"\\u0410\\t{{deal.x}}\"\n") ==
              "unknown-placeholder@8:27");
    }
    SUBCASE("single-quoted scalar with a doubled quote") {
        CHECK(findings_of("unknown-placeholder", "    instruction: 'It''s {{deal.x}}'\n") ==
              "unknown-placeholder@8:25");
    }
    SUBCASE("literal block: line by line") {
        CHECK(
            findings_of(
                "unknown-placeholder",
                "    instruction: |\n      Первая {{client.name}}\n\n      Третья  {{deal.x}}\n") ==
            "unknown-placeholder@11:15");
    }
    SUBCASE("folded block") {
        CHECK(findings_of(
                  "unknown-placeholder",
                  "    instruction: >\n      Первая\n      вторая {{deal.x}} и {{deal.y}}\n") ==
              "unknown-placeholder@10:14 unknown-placeholder@10:27");
    }
    SUBCASE("multi-line plain scalar") {
        CHECK(findings_of("unknown-placeholder",
                          "    instruction: Первая\n      вторая {{deal.x}}\n") ==
              "unknown-placeholder@9:14");
    }
    SUBCASE("the same tag twice maps to both places") {
        CHECK(findings_of("unknown-placeholder", "    instruction: \"{{a}} и {{a}}\"\n") ==
              "unknown-placeholder@8:19 unknown-placeholder@8:27");
    }
    SUBCASE("a tag broken over lines falls back to the scalar's start") {
        CHECK(findings_of("unknown-placeholder",
                          "    instruction: |\n      Звонок {{\n      deal.x }}\n") ==
              "unknown-placeholder@8:18");
    }
    SUBCASE("a tag in a later key's text is not taken for this one") {
        // Stage "new" has a clean instruction; the theme's has the bad tag.
        CHECK(findings_of("unknown-placeholder", "    instruction: \"{{client.name}}\"\n",
                          "instruction: \"{{client.name}} {{deal.x}}\"\n") ==
              "unknown-placeholder@9:31");
    }
}

TEST_CASE("the fix of an inline placeholder replaces the name only") {
    const auto ds =
        check_string(std::string(k_head) + "    instruction: \"Для {{ client.nmae }}\"\n");
    const auto it = std::find_if(
        ds.begin(), ds.end(), [](const Diagnostic& d) { return d.rule == "unknown-placeholder"; });
    REQUIRE(it != ds.end());
    REQUIRE(it->fix);
    CHECK(it->fix->replacement == "client.name");
    CHECK(it->fix->range.begin == Position{8, 26});
    CHECK(it->fix->range.end == Position{8, 37});
}
