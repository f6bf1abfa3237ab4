#include "i18n/plural.h"

#include <doctest/doctest.h>

#include <cstdint>

#include "i18n/messages.h"

using namespace reltheme;

TEST_CASE("plural: the noun agrees with the count") {
    CHECK(plural(1, "deal") == "1 deal");
    CHECK(plural(2, "deal") == "2 deals");
    CHECK(plural(0, "deal") == "0 deals");
    CHECK(plural(std::uint64_t{1}, "run") == "1 run");
    CHECK(plural(std::size_t{2}, "open deal") == "2 open deals");
    CHECK(plural(1, "breaking change") == "1 breaking change");
    CHECK(plural(1, "theme does not validate", "themes do not validate") ==
          "1 theme does not validate");
    CHECK(plural(2, "theme does not validate", "themes do not validate") ==
          "2 themes do not validate");
    CHECK(plural(1.0, "day") == "1 day");
    CHECK(plural(2.0, "day") == "2 days");
    CHECK(plural(1.5, "day") == "1.5 days");
}

TEST_CASE("plural_form: Russian has one, few and many; English one and many") {
    const std::pair<long long, PluralForm> ru[] = {
        {0, PluralForm::Many},   {1, PluralForm::One},    {2, PluralForm::Few},
        {4, PluralForm::Few},    {5, PluralForm::Many},   {11, PluralForm::Many},
        {12, PluralForm::Many},  {14, PluralForm::Many},  {21, PluralForm::One},
        {22, PluralForm::Few},   {25, PluralForm::Many},  {101, PluralForm::One},
        {111, PluralForm::Many}, {112, PluralForm::Many}, {-1, PluralForm::One},
        {-22, PluralForm::Few}};
    for (const auto& [n, form] : ru) {
        CAPTURE(n);
        CHECK(plural_form(n, Lang::Ru) == form);
    }
    CHECK(plural_form(1, Lang::En) == PluralForm::One);
    CHECK(plural_form(21, Lang::En) == PluralForm::Many);
    CHECK(plural_form(0, Lang::En) == PluralForm::Many);
}

TEST_CASE("count: a catalogue noun in the form its count takes") {
    const std::pair<long long, const char*> errors[] = {
        {1, "1 ошибка"},     {2, "2 ошибки"},   {5, "5 ошибок"},      {11, "11 ошибок"},
        {21, "21 ошибка"},   {22, "22 ошибки"}, {25, "25 ошибок"},    {111, "111 ошибок"},
        {112, "112 ошибок"}, {0, "0 ошибок"},   {1001, "1001 ошибка"}};
    for (const auto& [n, text] : errors) CHECK(i18n::count(n, "noun.error", Lang::Ru) == text);
    CHECK(i18n::count(2, "noun.warning", Lang::Ru) == "2 предупреждения");
    CHECK(i18n::count(5, "noun.file-in", Lang::Ru) == "5 файлах");
    CHECK(i18n::count(21, "noun.file-in", Lang::Ru) == "21 файле");
    CHECK(i18n::count(1, "noun.error", Lang::En) == "1 error");
    CHECK(i18n::count(21, "noun.error", Lang::En) == "21 errors");
    CHECK(i18n::count(0, "noun.warning", Lang::En) == "0 warnings");
    CHECK(i18n::count(3, "noun.info", Lang::En) == "3 info");
}

TEST_CASE("count: a noun whose forms carry the verb agrees in number and gender") {
    const std::pair<long long, const char*> activities[] = {
        {1, "1 запланированное дело отменено"},   {2, "2 запланированных дела отменены"},
        {5, "5 запланированных дел отменено"},    {11, "11 запланированных дел отменено"},
        {21, "21 запланированное дело отменено"}, {22, "22 запланированных дела отменены"},
        {25, "25 запланированных дел отменено"}};
    for (const auto& [n, text] : activities)
        CHECK(i18n::count(n, "noun.activity-cancelled", Lang::Ru) == text);
    CHECK(i18n::count(1, "noun.invoice-cancelled", Lang::Ru) == "1 неоплаченный счёт отменён");
    CHECK(i18n::count(3, "noun.invoice-kept", Lang::Ru) == "3 неоплаченных счёта остаются");
    CHECK(i18n::count(12, "noun.invoice-cancelled", Lang::Ru) == "12 неоплаченных счетов отменено");
    CHECK(i18n::count(1, "noun.expectation-of", Lang::Ru) == "1 ожидания");
    CHECK(i18n::count(5, "noun.expectation-of", Lang::Ru) == "5 ожиданий");
    CHECK(i18n::count(2, "noun.activity-kept", Lang::En) == "2 planned activities kept");
    CHECK(i18n::count(1, "noun.invoice-cancelled", Lang::En) == "1 unpaid invoice cancelled");
}
