#include "render/template_fill.h"

#include <doctest/doctest.h>

using namespace reltheme::render;

TEST_CASE("template_names lists variables and sections once, in order") {
    const auto names = template_names(
        "{{client.name}} {{ deal.manager }} {{{fields.x}}} {{&fields.y}} "
        "{{#fields.z}}z{{/fields.z}} "
        "{{! comment}} {{> partial}} {{client.name}}");
    CHECK(names == std::vector<std::string>{"client.name", "deal.manager", "fields.x", "fields.y",
                                            "fields.z"});
}

TEST_CASE("fill_template fills dotted names and keeps missing ones visible") {
    const TemplateValues values{{"client.name", "ООО «Ромашка» & <Co>"}, {"deal.manager", "Анна"}};
    const auto f =
        fill_template("Для {{client.name}}, менеджер {{deal.manager}}, до {{deal.deadline}}.",
                      values, ValueEscape::None, true);
    CHECK(f.text == "Для ООО «Ромашка» & <Co>, менеджер Анна, до {{deal.deadline}}.");
    CHECK(f.missing == std::vector<std::string>{"deal.deadline"});
    CHECK(f.error.empty());
    const auto empty = fill_template("[{{deal.deadline}}]", values, ValueEscape::None, false);
    CHECK(empty.text == "[]");
}

TEST_CASE("fill_template escapes values for Markdown when asked, never for HTML") {
    const TemplateValues values{{"theme.name", "*<b>*"}};
    CHECK(fill_template("{{theme.name}}", values, ValueEscape::Markdown, true).text ==
          "\\*\\<b\\>\\*");
    CHECK(fill_template("{{theme.name}}", values, ValueEscape::None, true).text == "*<b>*");
}

TEST_CASE("fill_template reports a broken template and returns it unchanged") {
    const auto f = fill_template("{{#open}} never closed", {}, ValueEscape::None, true);
    CHECK_FALSE(f.error.empty());
    CHECK(f.text == "{{#open}} never closed");
}
