#include "load/theme_loader.h"

#include <doctest/doctest.h>

#include "semantics/deal_life.h"
#include "test_support.h"

using namespace reltheme;
using reltheme::test::brief;
using reltheme::test::check_string;

namespace {

LoadedTheme load(const std::string& text, DiagnosticSink& sink) {
    return load_theme(test::source_text(text), sink);
}

const char* k_minimal = R"(reltheme: 1
id: standard
name: Стандартная
type: sales
max_duration: 30d
stages:
  - id: new
    name: Новый
    deadline: 1d
    next: [intro, {to: done, probability: 0.25}]
  - id: intro
    name: Знакомство
    deadline: 3bd
    next: [done]
    requires: [amount]
  - id: done
    name: Оплата
    role: payment
outcomes:
  - {id: expensive, name: Дорого, result: failure, comment: required}
fields:
  - {id: amount, name: Сумма, type: money}
parameters:
  concurrent_deals: false
  planning: required
  close: on-payment
  after_close: {planned_activities: cancel, unpaid_invoices: keep}
)";

}  // namespace

TEST_CASE("a complete sales theme loads into the model with locations") {
    DiagnosticSink sink("t.yaml");
    const LoadedTheme loaded = load(k_minimal, sink);
    CHECK(sink.items().empty());
    REQUIRE(loaded.theme);
    CHECK(loaded.complete);
    const Theme& t = *loaded.theme;
    CHECK(t.id.value == "standard");
    CHECK(t.type.value == ThemeType::Sales);
    CHECK(t.max_duration->value == Duration{30, DurationUnit::Days});
    REQUIRE(t.stages.size() == 3);
    CHECK(t.stages[0].next.size() == 2);
    CHECK(t.stages[0].next[1].to.value == "done");
    CHECK(t.stages[0].next[1].probability->value == doctest::Approx(0.25));
    CHECK(t.stages[0].next[1].to.range.begin == Position{10, 24});
    CHECK(t.stages[1].deadline->value.is_business());
    CHECK(t.stages[2].is_final());
    CHECK(t.stages[2].role->value == StageRole::Payment);
    CHECK(t.outcomes[0].comment_required());
    CHECK(t.fields[0].type.value == FieldType::Money);
    CHECK(close_policy(t) == ClosePolicy::OnPayment);
    CHECK(planning(t) == Planning::Required);
    CHECK(t.parameters->unpaid_invoices->value == AfterClose::Keep);
}

TEST_CASE("structural rules fire at the right place") {
    DiagnosticSink sink("t.yaml");
    load("reltheme: 2\nid: x\nname: X\ntype: audit\nmax_duration: 3d\n", sink);
    CHECK(brief(sink.items()) ==
          std::vector<std::string>{"unsupported-version@1:11", "not-for-type@5:1"});
}

TEST_CASE("the format version is a number equal to 1, as the JSON Schema reads it") {
    const std::string rest = "\nid: x\nname: X\ntype: service\n";
    for (const char* one : {"1", "1.0", "1e0", "+1", "001", "0o1", "0x1"}) {
        CAPTURE(one);
        DiagnosticSink sink("t.yaml");
        const LoadedTheme loaded = load(std::string("reltheme: ") + one + rest, sink);
        CHECK(sink.items().empty());
        REQUIRE(loaded.theme);
        CHECK(loaded.theme->version.value == 1);
    }
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"2",
         "unsupported-version: format version 2 is not supported; this reltheme reads version 1"},
        {"2.0",
         "unsupported-version: format version 2 is not supported; this reltheme reads version 1"},
        {"010",
         "unsupported-version: format version 10 is not supported; this reltheme reads version 1"},
        {"0o10",
         "unsupported-version: format version 8 is not supported; this reltheme reads version 1"},
        {"1.5",
         "unsupported-version: format version 1.5 is not supported; this reltheme reads version 1"},
        {"\"1\"",
         "schema: \"reltheme\" must be the number 1, the format version, not the string \"1\""},
        {"v1",
         "schema: \"reltheme\" must be the number 1, the format version, not the string \"v1\""},
    };
    for (const auto& [version, message] : refused) {
        CAPTURE(version);
        DiagnosticSink sink("t.yaml");
        load("reltheme: " + version + rest, sink);
        REQUIRE(sink.items().size() == 1);
        CHECK(sink.items()[0].rule + ": " + sink.items()[0].message == message);
    }
}

TEST_CASE("schema findings name the key and suggest the nearest one") {
    DiagnosticSink sink("t.yaml");
    load("reltheme: 1\nid: x\nname: X\ntype: sales\nstages:\n  - id: a\n    nmae: A\n", sink);
    REQUIRE(sink.items().size() == 2);
    CHECK(sink.items()[0].message == "unknown key \"nmae\" in a stage; did you mean \"name\"?");
    CHECK(sink.items()[0].fix->replacement == "name");
    CHECK(sink.items()[1].message == "a stage is missing the required key \"name\"");
}

TEST_CASE("an empty file and a file of comments say what a theme needs") {
    for (const char* text : {"", "# only a comment\n"}) {
        DiagnosticSink sink("t.yaml");
        const LoadedTheme loaded = load(text, sink);
        CHECK_FALSE(loaded.complete);
        REQUIRE(sink.items().size() == 1);
        CHECK(sink.items()[0].message.find("empty") != std::string::npos);
    }
}

TEST_CASE("BOM and CRLF do not move positions") {
    std::string text = "\xEF\xBB\xBFreltheme: 1\r\nid: Bad\r\nname: X\r\ntype: service\r\n";
    const auto ds = check_string(text);
    CHECK(brief(ds) == std::vector<std::string>{"schema@2:5"});
}

TEST_CASE("non-string keys and wrong shapes are schema errors, not crashes") {
    DiagnosticSink sink("t.yaml");
    load("reltheme: 1\nid: x\nname: X\ntype: sales\n[1, 2]: 3\nstages: {a: 1}\n", sink);
    CHECK(brief(sink.items()) == std::vector<std::string>{"schema@5:1", "schema@6:9"});
}
