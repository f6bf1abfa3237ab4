#include "init/starter.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace reltheme;
using reltheme::test::brief;
using reltheme::test::check_string;

TEST_CASE("every starter theme passes lint without a finding, with and without an id") {
    for (const ThemeType type : {ThemeType::Sales, ThemeType::Audit, ThemeType::Service}) {
        for (const char* id : {"", "audit-q1", "wholesale", "b2b-services-2"}) {
            init::StarterOptions options;
            options.type = type;
            options.id = id;
            options.schema_path = "../schemas/theme.schema.json";
            const std::string text = init::starter_theme(options);
            CAPTURE(text);
            const std::string file = options.id.empty() ? init::default_id(type) : options.id;
            CHECK(brief(check_string(text, true, "themes/" + file + ".yaml")).empty());
        }
    }
}

TEST_CASE("a starter with an id and no name is named after the id, capitalised") {
    CHECK(init::name_from_id("audit-q1") == "Audit q1");
    CHECK(init::name_from_id("b2b_services-2") == "B2b services 2");
    init::StarterOptions options;
    options.type = ThemeType::Audit;
    options.id = "audit-q1";
    CHECK(init::starter_theme(options).find("id: audit-q1\nname: Audit q1\ntype: audit\n") !=
          std::string::npos);
}

TEST_CASE("the sales starter is the standard Saby theme") {
    const std::string text = init::starter_theme({});
    CHECK(text.starts_with("# yaml-language-server: $schema=") == false);  // no schema path given
    CHECK(text.find("id: standard\nname: Стандартная\ntype: sales\n") != std::string::npos);
    std::size_t pos = 0;
    for (const char* stage :
         {"Новый", "Знакомство", "Коммерческое предложение", "Оплата", "Отгрузка"}) {
        const auto at = text.find(std::string("name: ") + stage + "\n", pos);
        CHECK_MESSAGE(at != std::string::npos, stage);
        pos = at;
    }
}

TEST_CASE("a starter with its own id and name starts with the schema comment") {
    init::StarterOptions options;
    options.type = ThemeType::Audit;
    options.id = "audit-q1";
    options.name = "Аудит: первый квартал";
    options.schema_path = "../schemas/theme.schema.json";
    const std::string text = init::starter_theme(options);
    CHECK(text.starts_with("# yaml-language-server: $schema=../schemas/theme.schema.json\n"));
    CHECK(text.find("id: audit-q1\nname: \"Аудит: первый квартал\"\ntype: audit\n") !=
          std::string::npos);
    CHECK(brief(check_string(text, true)).empty());
}

TEST_CASE("valid_id and yaml_scalar") {
    CHECK(init::valid_id("standard"));
    CHECK(init::valid_id("b2b_services-2"));
    CHECK_FALSE(init::valid_id("Standard"));
    CHECK_FALSE(init::valid_id("2b"));
    CHECK_FALSE(init::valid_id(""));
    CHECK_FALSE(init::valid_id(std::string(65, 'a')));
    CHECK(yaml_scalar("Опт") == "Опт");
    CHECK(yaml_scalar("a: b") == "\"a: b\"");
    CHECK(yaml_scalar("yes") == "\"yes\"");
    CHECK(yaml_scalar("2024") == "\"2024\"");
    CHECK(yaml_scalar("say \"hi\"\n") == "\"say \\\"hi\\\"\\n\"");
}

TEST_CASE("the project file starter reads the themes folder") {
    const std::string text =
        init::starter_project("themes/**/*.yaml", "schemas/project.schema.json");
    CHECK(text.starts_with("# yaml-language-server: $schema=schemas/project.schema.json\n"));
    CHECK(text.find("themes: [\"themes/**/*.yaml\"]\n") != std::string::npos);
}
