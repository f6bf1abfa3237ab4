// Cases of the parameter and deadline rules that the wrong/right examples
// under tests/rules cannot show without also breaking a stage-graph rule.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

using namespace reltheme;
using reltheme::test::check_string;

namespace {

/// "rule@line:col" of the findings of the given rules only.
std::vector<std::string> findings_of(const std::string& text,
                                     std::initializer_list<const char*> rules) {
    std::vector<std::string> out;
    for (const auto& d : check_string(text, true)) {
        if (std::none_of(rules.begin(), rules.end(), [&](const char* r) { return d.rule == r; }))
            continue;
        out.push_back(d.rule + "@" + std::to_string(d.range.begin.line) + ":" +
                      std::to_string(d.range.begin.column));
    }
    return out;
}

}  // namespace

TEST_CASE("payment-not-on-every-route says once when no payment stage can be reached") {
    const std::string text = R"(reltheme: 1
id: t
name: Т
type: sales
stages:
  - {id: new, name: Новый, next: [done]}
  - {id: done, name: Готово}
  - {id: pay, name: Оплата, role: payment, next: [done]}
parameters:
  close: on-payment
)";
    CHECK(findings_of(text, {"payment-not-on-every-route"}) ==
          std::vector<std::string>{"payment-not-on-every-route@10:10"});
}

TEST_CASE("payment-not-on-every-route is quiet when the first stage is the payment stage") {
    const std::string text = R"(reltheme: 1
id: t
name: Т
type: sales
stages:
  - {id: pay, name: Оплата, role: payment, next: [done]}
  - {id: done, name: Готово}
parameters:
  close: on-payment
)";
    CHECK(findings_of(text, {"payment-not-on-every-route", "stages-after-payment"}) ==
          std::vector<std::string>{"stages-after-payment@6:50"});
}

TEST_CASE("the deadline rules ignore unknown stages and routes that never end") {
    const std::string text = R"(reltheme: 1
id: t
name: Т
type: sales
max_duration: 1d
stages:
  - {id: new, name: Новый, deadline: 2h, next: [loop, nowhere]}
  - {id: loop, name: Круг, deadline: 2d, next: [new]}
)";
    CHECK(findings_of(text, {"fastest-path-exceeds-max", "slowest-path-exceeds-max"}).empty());
    CHECK(findings_of(text, {"stage-deadline-exceeds-max"}) ==
          std::vector<std::string>{"stage-deadline-exceeds-max@8:38"});
}

TEST_CASE("under close: on-payment a route ends at the payment stage") {
    const std::string text = R"(reltheme: 1
id: t
name: Т
type: sales
max_duration: 5d
stages:
  - {id: new, name: Новый, deadline: 1d, next: [pay]}
  - {id: pay, name: Оплата, role: payment, deadline: 3d}
parameters:
  close: on-payment
)";
    CHECK(findings_of(text, {"fastest-path-exceeds-max", "slowest-path-exceeds-max"}).empty());
    std::string late = text;
    late.replace(late.find("deadline: 3d"), 12, "deadline: 5d");
    CHECK(findings_of(late, {"fastest-path-exceeds-max"}) ==
          std::vector<std::string>{"fastest-path-exceeds-max@5:15"});
}

TEST_CASE("style rules run under lint only") {
    const std::string text = R"(reltheme: 1
id: t_t
name: т
type: sales
stages:
  - {id: new, name: Новый}
)";
    CHECK(check_string(text, false).empty());
    CHECK_FALSE(check_string(text, true).empty());
}
