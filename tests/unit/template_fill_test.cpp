#include "render/template_fill.h"

#include <doctest/doctest.h>

#include <tuple>

using namespace reltheme::render;

namespace {

TemplateValue values_of(std::initializer_list<std::pair<const char*, const char*>> texts) {
    TemplateValue v;
    for (const auto& [name, text] : texts) v.set(name, TemplateValue::of_text(text));
    return v;
}

TemplateValue list_of(std::initializer_list<const char*> texts) {
    TemplateValue v;
    v.kind = TemplateValue::Kind::List;
    for (const char* t : texts) v.items.push_back(TemplateValue::of_text(t));
    return v;
}

}  // namespace

TEST_CASE("template_names lists variables and sections once, in order, with their use") {
    const auto names = template_names(
        "{{client.name}} {{ deal.manager }} {{{fields.x}}} {{&fields.y}} "
        "{{#fields.z}}z{{/fields.z}} {{^fields.w}}w{{/fields.w}} {{fields.z}}"
        "{{! comment}} {{> partial}} {{client.name}}");
    REQUIRE(names.size() == 6);
    const std::vector<std::tuple<std::string, bool, char>> expected{
        {"client.name", true, '\0'}, {"deal.manager", true, '\0'}, {"fields.x", true, '\0'},
        {"fields.y", true, '\0'},    {"fields.z", true, '#'},      {"fields.w", false, '^'}};
    for (std::size_t i = 0; i < names.size(); ++i) {
        CHECK(std::tuple(names[i].name, names[i].variable, names[i].section) == expected[i]);
    }
}

TEST_CASE("TemplateValue: dotted names set and found, an existing value kept") {
    TemplateValue v = values_of({{"client.name", "Acme"}, {"deal.manager", "Анна"}});
    v.set("client.name", TemplateValue::of_text("other"));
    v.set("client.name.first", TemplateValue::of_text("under a text"));
    REQUIRE(v.find("client.name"));
    CHECK(v.find("client.name")->text == "Acme");
    CHECK(v.find("client.name.first") == nullptr);
    CHECK(v.find("client")->kind == TemplateValue::Kind::Map);
    CHECK(v.find("deal.deadline") == nullptr);
}

TEST_CASE("fill_template fills dotted names and keeps missing ones visible") {
    const TemplateValue values =
        values_of({{"client.name", "ООО «Ромашка» & <Co>"}, {"deal.manager", "Анна"}});
    const auto f =
        fill_template("Для {{client.name}}, менеджер {{deal.manager}}, до {{deal.deadline}}.",
                      values, ValueEscape::None, true);
    CHECK(f.text == "Для ООО «Ромашка» & <Co>, менеджер Анна, до {{deal.deadline}}.");
    CHECK(f.missing == std::vector<std::string>{"deal.deadline"});
    CHECK(f.missing_sections.empty());
    CHECK(f.error.empty());
    const auto empty = fill_template("[{{deal.deadline}}]", values, ValueEscape::None, false);
    CHECK(empty.text == "[]");
    CHECK(empty.missing == std::vector<std::string>{"deal.deadline"});
}

TEST_CASE("fill_template: sections are false for a missing, empty, false or [] value") {
    const char* text =
        "{{#fields.d}}Ваша скидка: {{fields.d}}%{{/fields.d}}"
        "{{^fields.d}}Без скидки{{/fields.d}}";
    SUBCASE("missing") {
        const auto f = fill_template(text, TemplateValue{}, ValueEscape::None, true);
        CHECK(f.text == "Без скидки");
        CHECK(f.missing.empty());  // the variable is inside the section left out
        CHECK(f.missing_sections == std::vector<std::string>{"#fields.d"});
    }
    SUBCASE("empty") {
        const auto f = fill_template(text, values_of({{"fields.d", ""}}), ValueEscape::None, true);
        CHECK(f.text == "Без скидки");
        CHECK(f.missing_sections.empty());
    }
    SUBCASE("false") {
        TemplateValue v;
        v.set("fields.d", TemplateValue::of_bool(false, "false"));
        CHECK(fill_template(text, v, ValueEscape::None, true).text == "Без скидки");
    }
    SUBCASE("an empty list") {
        TemplateValue v;
        v.set("fields.d", list_of({}));
        CHECK(fill_template(text, v, ValueEscape::None, true).text == "Без скидки");
    }
    SUBCASE("a value") {
        const auto f =
            fill_template(text, values_of({{"fields.d", "10"}}), ValueEscape::None, true);
        CHECK(f.text == "Ваша скидка: 10%");
        CHECK(f.missing.empty());
        CHECK(f.missing_sections.empty());
    }
    SUBCASE("true") {
        TemplateValue v;
        v.set("fields.d", TemplateValue::of_bool(true, "true"));
        CHECK(fill_template("{{#fields.d}}да{{/fields.d}}{{^fields.d}}нет{{/fields.d}}", v,
                            ValueEscape::None, true)
                  .text == "да");
    }
}

TEST_CASE("fill_template: a list repeats its section, or is joined as a variable") {
    TemplateValue v;
    v.set("fields.gifts", list_of({"Ручка", "Кружка"}));
    v.set("fields.carriers", list_of({"СДЭК", "Почта"}));
    v.set("fields.express", TemplateValue::of_bool(true, "yes"));
    const auto f = fill_template(
        "{{#fields.gifts}}- {{.}}\n{{/fields.gifts}}Перевозчики: {{fields.carriers}}; "
        "срочно: {{fields.express}}",
        v, ValueEscape::None, true);
    CHECK(f.text == "- Ручка\n- Кружка\nПеревозчики: СДЭК, Почта; срочно: yes");
    CHECK(f.missing.empty());
}

TEST_CASE("fill_template escapes values for Markdown when asked, never for HTML") {
    const TemplateValue values = values_of({{"theme.name", "*<b>*"}});
    CHECK(fill_template("{{theme.name}}", values, ValueEscape::Markdown, true).text ==
          "\\*\\<b\\>\\*");
    CHECK(fill_template("{{theme.name}}", values, ValueEscape::None, true).text == "*<b>*");
}

TEST_CASE("fill_template reports a broken template and returns it unchanged") {
    const auto f = fill_template("{{#open}} never closed", {}, ValueEscape::None, true);
    CHECK_FALSE(f.error.empty());
    CHECK(f.text == "{{#open}} never closed");
}

TEST_CASE("fill_template: a value cannot pass for a missing variable's marker") {
    const auto f = fill_template("{{client.name}} {{deal.deadline}}",
                                 values_of({{"client.name",
                                             "\x1e"
                                             "0\x1f"}}),
                                 ValueEscape::None, true);
    CHECK(f.text ==
          "\xEF\xBF\xBD"
          "0\x1f {{deal.deadline}}");
    CHECK(f.missing == std::vector<std::string>{"deal.deadline"});
}

TEST_CASE("fill_template: a line holding only a section tag leaves no trace, shown or not") {
    const char* text =
        "A\n{{#fields.a}}\nX\n  {{/fields.a}}\r\n{{^fields.a}}\nZ\n{{/fields.a}}\nY\n";
    TemplateValue no;
    no.set("fields.a", TemplateValue::of_bool(false, "false"));
    CHECK(fill_template(text, no, ValueEscape::None, true).text == "A\nZ\nY\n");
    TemplateValue yes;
    yes.set("fields.a", TemplateValue::of_bool(true, "true"));
    CHECK(fill_template(text, yes, ValueEscape::None, true).text == "A\nX\nY\n");
    // A blank line after a section stays, shown or not.
    const char* para = "{{#fields.a}}\n- X\n{{/fields.a}}\n\nY\n";
    CHECK(fill_template(para, yes, ValueEscape::None, true).text == "- X\n\nY\n");
    CHECK(fill_template(para, no, ValueEscape::None, true).text.ends_with("\n\nY\n"));
    // A tag with text beside it keeps its line.
    CHECK(fill_template("A {{#fields.a}}X{{/fields.a}}\nY", no, ValueEscape::None, true).text ==
          "A \nY");
}

TEST_CASE("fill_template: a missing name under another missing name (found by fuzz_template)") {
    // `{{fields}}` is put as a marker first; `{{fields.discount}}` cannot go
    // under a text, so it renders as Mustache reads it (empty, and not listed
    // as missing: `fields` is), never a crash.
    const auto f =
        fill_template("{{fields}} / {{fields.discount}}", TemplateValue{}, ValueEscape::None, true);
    CHECK(f.error.empty());
    CHECK(f.missing == std::vector<std::string>{"fields"});
    CHECK(f.text == "{{fields}} / ");
}
