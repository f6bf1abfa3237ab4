#include "render/language.h"

#include <doctest/doctest.h>

#include "render_fixture.h"

using namespace reltheme;
using namespace reltheme::render;

TEST_CASE("duration_words writes deadlines in words in both languages") {
    const auto ru = [](long long n, DurationUnit u) { return duration_words({n, u}, Lang::Ru); };
    const auto en = [](long long n, DurationUnit u) { return duration_words({n, u}, Lang::En); };
    CHECK(ru(1, DurationUnit::Days) == "1 день");
    CHECK(ru(3, DurationUnit::Days) == "3 дня");
    CHECK(ru(5, DurationUnit::Days) == "5 дней");
    CHECK(ru(11, DurationUnit::Days) == "11 дней");
    CHECK(ru(21, DurationUnit::Days) == "21 день");
    CHECK(ru(1, DurationUnit::BusinessDays) == "1 рабочий день");
    CHECK(ru(3, DurationUnit::BusinessDays) == "3 рабочих дня");
    CHECK(ru(10, DurationUnit::BusinessDays) == "10 рабочих дней");
    CHECK(ru(4, DurationUnit::Hours) == "4 часа");
    CHECK(ru(12, DurationUnit::Hours) == "12 часов");
    CHECK(ru(30, DurationUnit::Minutes) == "30 минут");
    CHECK(ru(1, DurationUnit::Minutes) == "1 минута");
    CHECK(ru(2, DurationUnit::Weeks) == "2 недели");
    CHECK(ru(1, DurationUnit::Weeks) == "1 неделя");
    CHECK(en(1, DurationUnit::BusinessDays) == "1 business day");
    CHECK(en(3, DurationUnit::BusinessDays) == "3 business days");
    CHECK(en(1, DurationUnit::Hours) == "1 hour");
    CHECK(en(2, DurationUnit::Weeks) == "2 weeks");
}

TEST_CASE("percent prints whole and fractional percentages") {
    CHECK(percent(0.4, Lang::En) == "40%");
    CHECK(percent(1.0, Lang::Ru) == "100%");
    CHECK(percent(0.125, Lang::En) == "12.5%");
    CHECK(percent(0.125, Lang::Ru) == "12,5%");
    CHECK(percent(0.3333, Lang::En) == "33.33%");
    CHECK(percent(0.0, Lang::En) == "0%");
}

TEST_CASE("detect_lang reads Russian from Cyrillic names and English otherwise") {
    CHECK(detect_lang(test::load_theme_text(test::k_small_theme)) == Lang::En);
    CHECK(detect_lang(test::load_theme_text(test::small_theme_with_stage_name("Оплата"))) ==
          Lang::Ru);
    CHECK(parse_lang("ru") == Lang::Ru);
    CHECK(parse_lang("en") == Lang::En);
}

TEST_CASE("approver_words explains roles, users and the manager's head") {
    CHECK(approver_words("role:head-of-sales", Lang::Ru) == "роль head-of-sales");
    CHECK(approver_words("user:ivanova", Lang::En) == "user ivanova");
    CHECK(approver_words("manager", Lang::Ru) == "руководитель менеджера сделки");
}

TEST_CASE("every phrase has a Russian and an English text") {
    for (const char* key : {"graph legend", "planning required", "approval none", "max duration"}) {
        CHECK(std::string(tr(key, Lang::En)) != key);
        CHECK(std::string(tr(key, Lang::Ru)) != std::string(tr(key, Lang::En)));
    }
    CHECK(std::string(tr("planning required", Lang::Ru)) ==
          "Нельзя записать результат звонка или встречи, пока не запланирован следующий.");
}
