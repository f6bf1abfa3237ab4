#include "util/text_case.h"

#include <doctest/doctest.h>

using namespace reltheme;

TEST_CASE("fold_name ignores Latin and Cyrillic case and spacing") {
    CHECK(fold_name("Оплата") == fold_name("ОПЛАТА"));
    CHECK(fold_name("  Оплата   счёта ") == "оплата счёта");
    CHECK(fold_name("ЁЛКА") == "ёлка");
    CHECK(fold_name("Ёлка") != fold_name("Елка"));  // ё and е stay different letters
    CHECK(fold_name("B2B-Продажи") == "b2b-продажи");
    CHECK(fold_name("Ѓ") == "ѓ");
    CHECK(fold_name("\t\n ") == "");
    CHECK(fold_name("Ärger") == "ärger");
}

TEST_CASE("fold_name survives invalid UTF-8") {
    CHECK_FALSE(fold_name("\xD0").empty());
    CHECK_FALSE(fold_name("a\xFF"
                          "b")
                    .empty());
}

TEST_CASE("is_lower_letter knows Latin and Cyrillic small letters") {
    CHECK(is_lower_letter(first_code_point("новый")));
    CHECK(is_lower_letter(first_code_point("ёж")));
    CHECK(is_lower_letter(first_code_point("order")));
    CHECK_FALSE(is_lower_letter(first_code_point("Новый")));
    CHECK_FALSE(is_lower_letter(first_code_point("Ёж")));
    CHECK_FALSE(is_lower_letter(first_code_point("2-й этап")));
    CHECK_FALSE(is_lower_letter(first_code_point("«Новый»")));
    CHECK_FALSE(is_lower_letter(first_code_point("")));
    CHECK(first_code_point("\xE2\x82") == U'\uFFFD');  // cut off
}
