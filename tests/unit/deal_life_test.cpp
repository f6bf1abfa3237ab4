// A deal's life decided in one place (semantics/deal_life.h), and every
// command obeying it: the scenario engine, the chain Monte Carlo and analyze
// play, the loader, the handbook.
#include "semantics/deal_life.h"

#include <doctest/doctest.h>

#include "deal_life_fixture.h"
#include "render/handbook.h"
#include "simulate/markov.h"
#include "simulate/montecarlo.h"
#include "test_support.h"

using namespace reltheme;
using reltheme::test::chain_of;
using reltheme::test::load_theme_text;

namespace {

/// Runs one deal's steps against a theme given as text.
ScenarioResult run(const std::string& theme, const std::string& steps) {
    return test::run_with_theme(test::load_theme_text(theme),
                                "reltheme-scenario: 1\ntheme: t.yaml\nstart: 2026-03-02T09:00\n"
                                "deals:\n  - id: D-1\n    client: acme\n    steps:\n" +
                                    steps);
}

/// A theme of two stages, new -> done, with `close` set when given.
std::string two_stages(const char* close) {
    std::string t =
        "reltheme: 1\nid: t\nname: T\ntype: sales\nstages:\n"
        "  - {id: new, name: New, next: [done]}\n  - {id: done, name: Done}\n";
    if (close) t += std::string("parameters:\n  close: ") + close + "\n";
    return t;
}

/// analyze's figures for a chain that it must solve.
MarkovResult analyzed(const Chain& c) {
    std::string error;
    auto exact = analyze_chain(c, error);
    REQUIRE_MESSAGE(exact, error);
    return *exact;
}

/// The timeline texts of a run, one per line.
std::string timeline(const ScenarioResult& r) {
    std::string out;
    for (const auto& e : r.timeline) {
        out += e.text;
        for (const std::size_t i : e.records)
            out += " [" + r.records[i].id + ": " + r.records[i].message + "]";
        out += "\n";
    }
    return out;
}

const char* k_final_stage_theme = R"(reltheme: 1
id: t
name: T
type: sales
stages:
  - {id: new, name: New, next: [done, refused]}
  - {id: done, name: Done}
  - {id: refused, name: Refused, result: failure}
parameters:
  close: on-final-stage
)";

const char* k_payment_theme = R"(reltheme: 1
id: t
name: T
type: sales
stages:
  - {id: new, name: New, next: [pay]}
  - {id: pay, name: Pay, role: payment, next: [ship]}
  - {id: ship, name: Ship}
outcomes:
  - {id: upsell, name: Upsell, result: success}
parameters:
  close: on-payment
)";

}  // namespace

TEST_CASE("deal life: the defaults of unset keys") {
    const Theme t = load_theme_text(R"(reltheme: 1
id: t
name: T
type: sales
stages:
  - {id: new, name: New}
)");
    CHECK(close_policy(t) == ClosePolicy::OnOutcome);
    CHECK(after_close_activities(t) == AfterClose::Cancel);
    CHECK(after_close_invoices(t) == AfterClose::Cancel);
    CHECK(planning(t) == Planning::Off);
    CHECK(concurrent_deals(t) == false);
    CHECK(first_stage(t) == 0);
    CHECK(final_result(t.stages[0]) == OutcomeResult::Success);
}

TEST_CASE("deal life: a deadline change needs approval only with approval: required") {
    const std::string head =
        "reltheme: 1\nid: t\nname: T\ntype: sales\nstages:\n"
        "  - {id: new, name: New}\n";
    CHECK_FALSE(deadline_change_needs_approval(load_theme_text(head)));
    CHECK_FALSE(deadline_change_needs_approval(
        load_theme_text(head + "deadline_change:\n  approval: none\n")));
    CHECK(deadline_change_needs_approval(load_theme_text(
        head + "deadline_change:\n  approval: required\n  approvers: [manager]\n")));
}

TEST_CASE("deal life: where a deal closes under each policy") {
    const Theme fs = load_theme_text(k_final_stage_theme);
    CHECK(stage_closing(fs, 0).on_entry == std::nullopt);
    CHECK(stage_closing(fs, 1).on_entry == OutcomeResult::Success);
    CHECK(stage_closing(fs, 2).on_entry == OutcomeResult::Failure);
    CHECK(winning_stages(fs) == std::vector<bool>{false, true, false});

    const Theme pay = load_theme_text(k_payment_theme);
    CHECK(winning_stages(pay) == std::vector<bool>{false, true, false});
    CHECK(route_ends(pay) == std::vector<bool>{false, true, true});
    CHECK_FALSE(closes_on_payment(pay, 0, 1, 0));  // paid at the first stage
    CHECK(closes_on_payment(pay, 1, 1, 0));
    CHECK_FALSE(closes_on_payment(pay, 1, 0, 0));  // no invoice at all
    CHECK_FALSE(closes_on_payment(pay, 1, 2, 1));  // one still unpaid
    CHECK_FALSE(closes_on_payment(pay, 2, 1, 0));  // paid after the payment stage
}

TEST_CASE("deal life: which outcomes may be recorded where") {
    const Theme pay = load_theme_text(k_payment_theme);
    CHECK(may_record(pay, "lost", 0) == OutcomeVerdict::Allowed);
    CHECK(may_record(pay, "won", 2) == OutcomeVerdict::ClosedByTheme);
    CHECK(may_record(pay, "upsell", 1) == OutcomeVerdict::ClosedByTheme);
    CHECK(may_record(pay, "nope", 1) == OutcomeVerdict::Unknown);
    const Theme on_outcome = load_theme_text(R"(reltheme: 1
id: t
name: T
type: sales
stages:
  - {id: new, name: New, next: [done, refused]}
  - {id: done, name: Done}
  - {id: refused, name: Refused, result: failure}
)");
    CHECK(may_record(on_outcome, "won", 0) == OutcomeVerdict::SuccessNotFinal);
    CHECK(may_record(on_outcome, "won", 1) == OutcomeVerdict::Allowed);
    CHECK(may_record(on_outcome, "won", 2) == OutcomeVerdict::SuccessAtLostStage);
    CHECK(verdict_text(on_outcome, OutcomeVerdict::SuccessAtLostStage, "won", 2) ==
          "success outcome won cannot be recorded in final stage refused: it ends as failure "
          "(result: failure)");
    CHECK(may_record(on_outcome, "lost", 2) == OutcomeVerdict::Allowed);
}

TEST_CASE("engine: close: on-payment closes only when paid at a payment stage") {
    const ScenarioResult r = run(k_payment_theme, R"(      - { at: +0h, do: create }
      - { at: +1h, do: invoice, amount: 100 }
      - { at: +2h, do: pay }
      - { at: +3h, do: move, to: pay }
      - { at: +4h, do: invoice, amount: 50 }
      - { at: +5h, do: pay }
)");
    REQUIRE(r.loaded);
    CHECK(timeline(r) == R"(create -> new
invoice #1 for 100
pay #1 (100)
move new -> pay
invoice #2 for 50
pay #2 (50); closed as won (close: on-payment)
)");
    REQUIRE(r.deals.size() == 1);
    CHECK(r.deals[0].closed);
    CHECK(r.deals[0].outcome == std::optional<std::string>("won"));
}

TEST_CASE("engine: close: on-payment refuses a success outcome recorded by hand") {
    const ScenarioResult r = run(k_payment_theme, R"(      - { at: +0h, do: create }
      - { at: +1h, do: move, to: pay }
      - { at: +2h, do: close, outcome: upsell }
)");
    REQUIRE(r.loaded);
    CHECK(timeline(r) ==
          "create -> new\nmove new -> pay\nclose as upsell [outcome-not-allowed: the theme closes "
          "won deals by itself (close: on-payment: when the invoices are paid at a stage with "
          "role: payment); a success outcome cannot be recorded by hand]\n");
}

TEST_CASE("engine: a final stage with result: failure closes the deal as lost") {
    const ScenarioResult r = run(k_final_stage_theme, R"(      - { at: +0h, do: create }
      - { at: +1h, do: plan, activity: call, due: +2d }
      - { at: +2h, do: move, to: refused }
)");
    REQUIRE(r.loaded);
    CHECK(timeline(r) ==
          "create -> new\nplan \"call\" due 2026-03-04 09:00\nmove new -> refused; "
          "closed as lost; 1 planned activity cancelled (close: on-final-stage)\n");
    CHECK(r.deals[0].outcome == std::optional<std::string>("lost"));
}

TEST_CASE("engine: after_close left out cancels planned activities and unpaid invoices") {
    const ScenarioResult r = run(two_stages(nullptr),
                                 R"(      - { at: +0h, do: create }
      - { at: +1h, do: plan, activity: call, due: +2d }
      - { at: +1h, do: invoice, amount: 10 }
      - { at: +2h, do: close, outcome: lost }
)");
    REQUIRE(r.loaded);
    CHECK(r.timeline.back().text ==
          "closed as lost; 1 planned activity cancelled; 1 unpaid "
          "invoice cancelled");
}

TEST_CASE("engine: on-outcome refuses a success outcome in a final stage that ends as failure") {
    const ScenarioResult r = run(R"(reltheme: 1
id: t
name: T
type: sales
stages:
  - {id: new, name: New, next: [refused]}
  - {id: refused, name: Refused, result: failure}
)",
                                 R"(      - { at: +0h, do: create }
      - { at: +1h, do: move, to: refused }
      - { at: +2h, do: close, outcome: won }
      - { at: +3h, do: close, outcome: lost }
)");
    REQUIRE(r.loaded);
    CHECK(timeline(r) ==
          "create -> new\nmove new -> refused\nclose as won [outcome-not-allowed: success outcome "
          "won cannot be recorded in final stage refused: it ends as failure (result: "
          "failure)]\nclosed as lost\n");
}

TEST_CASE("chain: on-final-stage ignores the final stage's lost share and duration") {
    const Theme t = load_theme_text(two_stages("on-final-stage"));
    const Chain c = chain_of(t, R"(stages:
  new:  { duration: { dist: fixed, value: 1d } }
  done: { duration: { dist: fixed, value: 3d }, lost: 0.5 }
)");
    const MarkovResult exact = analyzed(c);
    CHECK(exact.win_probability[0] == doctest::Approx(1.0));
    CHECK(exact.expected_days[0] == doctest::Approx(1.0));
    McOptions o;
    o.deals = 2000;
    const McReport mc = run_monte_carlo(c, o);
    CHECK(mc.won == 2000);
    CHECK(mc.days_to_win.mean == doctest::Approx(1.0));
}

TEST_CASE("chain: a final stage with result: failure loses every deal that enters it") {
    const Theme t = load_theme_text(k_final_stage_theme);
    const Chain c = chain_of(t, R"(stages:
  new:     { duration: { dist: fixed, value: 1d }, next: { done: 0.75, refused: 0.25 } }
  done:    { duration: { dist: fixed, value: 3d } }
)");
    const MarkovResult exact = analyzed(c);
    CHECK(exact.win_probability[0] == doctest::Approx(0.75));
    CHECK(exact.lost_at[2] == doctest::Approx(0.25));
    CHECK(exact.expected_days[0] == doctest::Approx(1.0));
}

TEST_CASE("chain: on-payment wins deals at the payment stage; stages after it lose none") {
    const Theme t = load_theme_text(k_payment_theme);
    const Chain c = chain_of(t, R"(stages:
  new:  { duration: { dist: fixed, value: 1d } }
  pay:  { duration: { dist: fixed, value: 2d }, lost: 0.1 }
  ship: { duration: { dist: fixed, value: 3d }, lost: 0.4 }
)");
    const MarkovResult exact = analyzed(c);
    CHECK(exact.win_probability[0] == doctest::Approx(0.9));
    CHECK(exact.lost_at[2] == doctest::Approx(0.0));
    CHECK(exact.expected_days[0] == doctest::Approx(3.0));
}

TEST_CASE("chain: on-payment without a payment stage on the route never wins") {
    const Theme t = load_theme_text(two_stages("on-payment"));
    const Chain c = chain_of(t, R"(stages:
  new:  { duration: { dist: fixed, value: 1d } }
  done: { duration: { dist: fixed, value: 1d } }
)");
    const MarkovResult exact = analyzed(c);
    CHECK(exact.win_probability[0] == doctest::Approx(0.0));
    McOptions o;
    o.deals = 500;
    CHECK(run_monte_carlo(c, o).won == 0);
}

TEST_CASE("loader: audit outcomes need no result; sales outcomes still do") {
    const Theme audit = load_theme_text(R"(reltheme: 1
id: a
name: A
type: audit
outcomes:
  - {id: callback, name: Перезвонить, comment: required}
  - {id: agreed, name: Согласен, result: success, comment: required}
)");
    REQUIRE(audit.outcomes.size() == 2);
    CHECK_FALSE(audit.outcomes[0].result);
    CHECK(outcome_result(audit, "callback") == std::nullopt);
    CHECK(outcome_result(audit, "agreed") == OutcomeResult::Success);
    CHECK(outcome_result(audit, "no") == OutcomeResult::Failure);
    CHECK(std::string(result_text(audit.outcomes[0])) == "a result of its own");

    const auto ds = test::check_string(R"(reltheme: 1
id: s
name: S
type: sales
stages:
  - {id: new, name: New}
outcomes:
  - {id: pricey, name: Дорого}
)");
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].rule == "schema");
    CHECK(ds[0].message == "an outcome is missing the required key \"result\"");
    CHECK(ds[0].range.begin.line == 8);
}

namespace {

/// The handbook's sections "Stages" and "Parameters", each up to the next
/// section.
std::string stages_and_parameters(const std::string& theme, Lang lang) {
    render::HandbookOptions o;
    o.lang = lang;
    const std::string md = render::handbook_markdown(load_theme_text(theme), o);
    auto section = [&](const char* from, const char* to) {
        const auto a = md.find(from);
        const auto b = md.find(to);
        REQUIRE(a != std::string::npos);
        REQUIRE(b != std::string::npos);
        return md.substr(a, b - a);
    };
    return section("## Stages\n", "## Outcomes\n") +
           section("## Parameters\n", "## Deal deadline\n");
}

}  // namespace

TEST_CASE("handbook: how each final stage ends, and after_close left out stated as cancel") {
    CHECK(stages_and_parameters(k_final_stage_theme, Lang::En) == R"(## Stages

### 1. New

- **Deadline:** no deadline
- **Next:** Done, Refused

### 2. Done

- **Deadline:** no deadline
- **Next:** final stage: entering it closes the deal as won

### 3. Refused

- **Deadline:** no deadline
- **Next:** final stage: entering it closes the deal as lost

## Parameters

- A client may have only one open deal in this theme at a time (default).
- Planning the next call or meeting is up to the manager (default).
- A deal closes as soon as it reaches a final stage: as won, or as lost where the stage ends as failure.
- When a deal closes, its planned calls and meetings are cancelled (default).
- When a deal closes, its unpaid invoices are cancelled (default).

)");
}

TEST_CASE("handbook: under on-payment the payment stage closes the deal, other ends do not win") {
    CHECK(stages_and_parameters(R"(reltheme: 1
id: t
name: T
type: sales
stages:
  - {id: new, name: New, next: [pay, refused]}
  - {id: pay, name: Pay, role: payment, next: [ship]}
  - {id: ship, name: Ship}
  - {id: refused, name: Refused, result: failure}
parameters:
  close: on-payment
  after_close:
    unpaid_invoices: keep
)",
                                Lang::En) == R"(## Stages

### 1. New

- **Deadline:** no deadline
- **Next:** Pay, Refused

### 2. Pay

- **Deadline:** no deadline
- **Role:** payment
- **Next:** Ship; paying all the deal's invoices at this stage closes it as won

### 3. Ship

- **Deadline:** no deadline
- **Next:** final stage: a deal here is not paid at a payment stage, so it cannot close as won

### 4. Refused

- **Deadline:** no deadline
- **Next:** final stage: the deal ends here as lost, with a failure outcome

## Parameters

- A client may have only one open deal in this theme at a time (default).
- Planning the next call or meeting is up to the manager (default).
- A deal closes as won as soon as all its invoices are paid while it is at a payment stage; payment at another stage does not close it.
- When a deal closes, its planned calls and meetings are cancelled (default).
- When a deal closes, its unpaid invoices stay open for payment.

)");
}

TEST_CASE("handbook: an audit outcome without result is a result of its own") {
    render::HandbookOptions o;
    o.lang = Lang::Ru;
    const std::string md = render::handbook_markdown(load_theme_text(R"(reltheme: 1
id: a
name: A
type: audit
outcomes:
  - {id: callback, name: Перезвонить, comment: required}
)"),
                                                     o);
    // The outcomes table: from its first row to its last.
    const auto from = md.find("| ");
    const auto to = md.rfind(" |");
    REQUIRE(from != std::string::npos);
    CHECK(md.substr(from, to + 2 - from) == R"(| Итог | Результат | Комментарий |
|---|---|---|
| Да (встроенный, `yes`) | успех | по желанию |
| Нет (встроенный, `no`) | неудача | по желанию |
| Перезвонить | отдельный итог, не Да и не Нет | обязателен |)");
}
