// A structural error silences only the rules that read the broken part; the
// loader's messages for near misses (durations, enum values, Cyrillic letters
// in ids, suppression comments) say what is wrong and offer the fix.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

using namespace reltheme;

namespace {

/// How every theme below starts.
const std::string k_sales = "reltheme: 1\nid: standard\nname: Стандартная\ntype: sales\n";
const std::string k_service = "reltheme: 1\nid: standard\nname: Стандартная\ntype: service\n";

/// A field that stages below require, misspelt as "budjet", and the finding.
const std::string k_budget_field = "fields:\n  - id: budget\n    name: Бюджет\n    type: money\n";
std::string unknown_budjet(const std::string& at) {
    return at +
           " error[unknown-field] field \"budjet\" does not exist; did you mean \"budget\"? => "
           "budget";
}

/// "line:col severity[rule] message" of every finding, with " => fix" when it
/// has one.
std::vector<std::string> listing(const std::vector<Diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) {
        std::string line = std::to_string(d.range.begin.line) + ":" +
                           std::to_string(d.range.begin.column) + " " + to_string(d.severity) +
                           "[" + d.rule + "] " + d.message;
        if (d.fix) line += " => " + d.fix->replacement;
        out.push_back(std::move(line));
    }
    return out;
}

std::vector<std::string> validate(const std::string& text) {
    return listing(test::check_string(text));
}

std::vector<std::string> lint(const std::string& text) {
    return listing(test::check_string(text, true));
}

}  // namespace

TEST_CASE("a bad boolean in parameters does not hide an unknown stage elsewhere") {
    const std::string theme = k_sales + R"(stages:
  - id: new
    name: Новый
    next: [offer]
  - id: offer
    name: Предложение
    next: [done, dnoe]
  - id: done
    name: Оплата
parameters:
  concurrent_deals: yes
)";
    CHECK(validate(theme) ==
          std::vector<std::string>{
              "11:18 error[unknown-stage] stage \"dnoe\" does not exist; did you mean \"done\"? "
              "=> done",
              "15:21 error[schema] \"concurrent_deals\" must be true or false, not the string "
              "\"yes\" (\"yes\" is text in YAML 1.2; write true or false) => true"});
}

TEST_CASE("a bad duration in one stage silences the deadline rules, not the others") {
    const std::string theme = k_sales + R"(description: Продажи
instruction: Ведите клиента.
max_duration: 10d
stages:
  - id: new
    name: Новый
    instruction: Позвоните.
    deadline: 1.5d
    next: [done]
  - id: done
    name: Оплата
    instruction: Выставьте счёт.
    requires: [budjet]
outcomes:
  - id: too-expensive
    name: Дорого
    result: failure
  - id: too-expensive
    name: Долго
    result: failure
)" + k_budget_field;
    // No missing-deadline for "new" (its deadline is there, only unreadable)
    // and none for "done" either: the deadline rules do not run at all.
    CHECK(lint(theme) ==
          std::vector<std::string>{
              "12:15 error[schema] bad duration \"1.5d\" for \"deadline\": durations are whole "
              "numbers: write 36h instead of 1.5d => 36h",
              unknown_budjet("17:16"),
              "22:9 error[duplicate-id] an outcome with id \"too-expensive\" is already defined"});
}

TEST_CASE("a broken entry of next gives no graph cascade") {
    const std::string theme = k_sales + R"(stages:
  - id: new
    name: Новый
    next: [{too: offer}]
    requires: [budjet]
  - id: offer
    name: Предложение
    next: [done]
  - id: done
    name: Оплата
)" + k_budget_field;
    // Without the transition, "offer" and "done" would be unreachable.
    CHECK(validate(theme) ==
          std::vector<std::string>{
              "8:12 error[schema] a transition is missing the required key \"to\"",
              "8:13 error[schema] unknown key \"too\" in a transition; did you mean \"to\"? => to",
              unknown_budjet("9:16")});
}

TEST_CASE("a broken stages list skips the graph rules but not the others") {
    const std::string theme = k_sales + R"(stages:
  - id: new
    name: Новый
    next: [offer]
  - just text
  - id: offer
    name: Предложение
    next: [new]
    requires: [budjet]
)" + k_budget_field;
    // new <-> offer is a trap cycle, but the list is not sound: no dead-end.
    CHECK(validate(theme) ==
          std::vector<std::string>{
              "9:5 error[schema] a stage must be a mapping of keys, not the string \"just text\"",
              unknown_budjet("13:16")});
}

TEST_CASE("a Cyrillic letter in an id is pointed out with its Latin look-alike") {
    const std::string reference = k_sales + R"(stages:
  - id: new
    name: Новый
    next: [oplatа]
  - id: oplata
    name: Оплата
)";
    // References are ids too (as the JSON Schema says), so the schema finding
    // says it; the reference rules never see the broken id.
    CHECK(validate(reference) ==
          std::vector<std::string>{
              "8:12 error[schema] \"oplatа\" is not a valid id: use lower-case latin letters, "
              "digits, '-' and '_', starting with a letter, at most 64 characters; \"а\" at "
              "column 17 is a Cyrillic letter (U+0430), not the Latin \"a\" => oplata"});
    const std::string definition = k_sales + R"(stages:
  - id: new
    name: Новый
    next: [oplata]
  - id: "oplatа"
    name: Оплата
)";
    CHECK(validate(definition) ==
          std::vector<std::string>{
              "9:9 error[schema] \"oplatа\" is not a valid id: use lower-case latin letters, "
              "digits, '-' and '_', starting with a letter, at most 64 characters; \"а\" at "
              "column 15 is a Cyrillic letter (U+0430), not the Latin \"a\" => \"oplata\""});
}

TEST_CASE("bad enum values and approvers get a did-you-mean with a fix") {
    const std::string theme = k_sales + R"(max_duration: 10d
deadline_change:
  approval: required
  approvers: [manger, "role:head"]
stages:
  - id: new
    name: Новый
outcomes:
  - id: too-expensive
    name: Дорого
    result: fail
fields:
  - id: comment
    name: Комментарий
    type: string
  - id: paid
    name: Оплачено
    type: "boolean"
)";
    CHECK(validate(theme) ==
          std::vector<std::string>{
              "8:15 error[schema] bad approver \"manger\": write role:<name>, user:<login> or "
              "manager; did you mean \"manager\"? => manager",
              "15:13 error[schema] bad value \"fail\" for \"result\"; allowed: success, failure; "
              "did you mean \"failure\"? => failure",
              "19:11 error[schema] bad value \"string\" for \"type\"; allowed: text, number, "
              "money, date, bool, enum, user; did you mean \"text\"? => text",
              "22:11 error[schema] bad value \"boolean\" for \"type\"; allowed: text, number, "
              "money, date, bool, enum, user; did you mean \"bool\"? => \"bool\""});
}

TEST_CASE("durations with a space or a leading zero say so and offer the fix") {
    const std::string theme = k_sales + R"(max_duration: 01d
stages:
  - id: new
    name: Новый
    deadline: 30 d
    next: [done]
  - id: done
    name: Оплата
    deadline: 2.5bd
)";
    CHECK(validate(theme) ==
          std::vector<std::string>{
              "5:15 error[schema] bad duration \"01d\" for \"max_duration\": write 1d without "
              "the leading zero => 1d",
              "9:15 error[schema] bad duration \"30 d\" for \"deadline\": write 30d without a "
              "space => 30d",
              "13:15 error[schema] bad duration \"2.5bd\" for \"deadline\": durations are whole "
              "numbers, and 2.5bd has no exact whole equivalent; round it"});
}

TEST_CASE("a bare suppression comment is reported, not silently ignored") {
    const std::string theme = k_service + R"(description: Обслуживание
instruction: Помогите клиенту.  # reltheme: ignore
)";
    CHECK(lint(theme) ==
          std::vector<std::string>{
              "6:33 warning[unused-suppression] \"# reltheme: ignore\" names no rules, so it "
              "silences nothing: write # reltheme: ignore[rule-id] reason"});
    const std::string unclosed = k_service + R"(description: Обслуживание
instruction: Помогите клиенту.  # reltheme: ignore[missing-description
)";
    CHECK(lint(unclosed) ==
          std::vector<std::string>{"6:33 warning[unused-suppression] the rule list of this "
                                   "suppression is not closed with \"]\""});
}

TEST_CASE("a trailing --- is ignored; a second document is reported at its ---") {
    const std::string theme = k_sales + R"(stages:
  - id: new
    name: Новый
    next: [dnoe]
  - id: done
    name: Оплата
)";
    const std::string unknown =
        "8:12 error[unknown-stage] stage \"dnoe\" does not exist; did you mean \"done\"? => done";
    CHECK(validate(theme + "---\n# nothing more\n") == std::vector<std::string>{unknown});
    CHECK(validate(theme + "---\nid: other\n") ==
          std::vector<std::string>{unknown,
                                   "11:1 error[yaml-syntax] a second YAML document starts here; "
                                   "keep one theme per file (only the first document is checked)"});
}

TEST_CASE("an unknown key counts against the part of the key it suggests") {
    const std::string theme = k_sales + R"(description: Продажи
instruction: Ведите клиента.
max_duration: 10d
stages:
  - id: new
    name: Новый
    instruction: Позвоните.
    dedline: 3d
    next: [done]
  - id: done
    name: Оплата
    instruction: Выставьте счёт.
    deadline: 1d
outcomes:
  - id: too-expensive
    name: Дорого
    result: failure
)";
    // The typo is the deadline: missing-deadline would say it again.
    CHECK(lint(theme) == std::vector<std::string>{
                             "12:5 error[schema] unknown key \"dedline\" in a stage; did you mean "
                             "\"deadline\"? => deadline"});
}
