// The stage graph searches: reachability from the first stage and the
// backward search from final stages, on small shapes and on huge themes.
#include "check/stage_graph.h"

#include <doctest/doctest.h>

#include <chrono>

#include "test_support.h"

using namespace reltheme;

namespace {

/// A sales theme from an adjacency list written as "a>b,c;b>;c>a".
Theme theme_of(const std::string& spec) {
    Theme t;
    t.type.value = ThemeType::Sales;
    std::size_t pos = 0;
    while (pos <= spec.size()) {
        std::size_t end = spec.find(';', pos);
        if (end == std::string::npos) end = spec.size();
        const std::string item = spec.substr(pos, end - pos);
        const std::size_t gt = item.find('>');
        Stage s;
        s.id.value = item.substr(0, gt);
        std::string targets = gt == std::string::npos ? "" : item.substr(gt + 1);
        std::size_t p = 0;
        while (!targets.empty() && p <= targets.size()) {
            std::size_t comma = targets.find(',', p);
            if (comma == std::string::npos) comma = targets.size();
            Transition tr;
            tr.to.value = targets.substr(p, comma - p);
            s.next.push_back(tr);
            p = comma + 1;
        }
        t.stages.push_back(std::move(s));
        pos = end + 1;
    }
    return t;
}

std::string flags(const std::vector<bool>& v) {
    std::string out;
    for (const bool b : v) out += b ? '1' : '0';
    return out;
}

std::vector<std::string> rules_of(const std::string& yaml_stages) {
    std::vector<std::string> out;
    const auto ds =
        test::check_string("reltheme: 1\nid: t\nname: T\ntype: sales\nstages:\n" + yaml_stages);
    for (const auto& d : test::brief(ds)) out.push_back(d);
    return out;
}

}  // namespace

TEST_CASE("reachability and the backward search on small graphs") {
    const Theme t = theme_of("a>b,c;b>d;c>e;d>;e>c;f>a");
    const StageGraph g = build_stage_graph(t);
    CHECK(flags(reachable_from_first(g)) == "111110");
    CHECK(flags(can_reach_final(t, g)) == "110101");  // c and e trap each other
    CHECK(g.incoming == std::vector<int>{1, 1, 2, 1, 1, 0});
}

TEST_CASE("a misspelt target counts as the stage it was meant to be and an unknown one as open") {
    const Theme t = theme_of("new>proposl;proposal>x-unknown-target;final>");
    const StageGraph g = build_stage_graph(t);
    CHECK(g.next[0] == std::vector<int>{1});
    CHECK(g.unresolved == std::vector<bool>{false, true, false});
    CHECK(flags(reachable_from_first(g)) == "110");
    CHECK(flags(can_reach_final(t, g)) == "111");
}

TEST_CASE("one typo in next gives one finding and not three") {
    CHECK(rules_of(
              "  - id: new\n    name: N\n    next: [propsal]\n  - id: proposal\n    name: P\n") ==
          std::vector<std::string>{"unknown-stage@8:12"});
}

TEST_CASE("no final stage is one finding and not a dead end per stage") {
    CHECK(rules_of(
              "  - id: a\n    name: A\n    next: [b]\n  - id: b\n    name: B\n    next: [a]\n") ==
          std::vector<std::string>{"no-final-stage@6:9"});
}

TEST_CASE("a self loop as the only way out is a dead end and a self-transition") {
    CHECK(
        rules_of("  - id: a\n    name: A\n    next: [a, b]\n  - id: b\n    name: B\n    next: [b]\n"
                 "  - id: c\n    name: C\n") ==
        std::vector<std::string>{"dead-end@6:9", "self-transition@8:12", "dead-end@9:9",
                                 "self-transition@11:12", "unreachable-stage@12:9"});
}

TEST_CASE("200 000 stages: a chain into a trap cycle is searched in linear time") {
    constexpr int n = 200000;
    Theme t;
    t.type.value = ThemeType::Sales;
    t.stages.resize(n + 1);
    for (int i = 0; i < n; ++i) {
        t.stages[i].id.value = "s" + std::to_string(i);
        Transition tr;
        // A chain, whose second half loops back on itself: a trap of n/2 stages.
        tr.to.value = "s" + std::to_string(i + 1 < n ? i + 1 : n / 2);
        t.stages[i].next.push_back(tr);
        if (i > 0) {
            Transition back;
            back.to.value = "s" + std::to_string(i - 1);
            t.stages[i].next.push_back(back);
        }
    }
    t.stages[n].id.value = "final";  // a final stage nobody reaches
    const auto start = std::chrono::steady_clock::now();
    const StageGraph g = build_stage_graph(t);
    const auto reached = reachable_from_first(g);
    const auto ok = can_reach_final(t, g);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(std::count(reached.begin(), reached.end(), true) == n);
    CHECK(std::count(ok.begin(), ok.end(), true) == 1);
    CHECK(seconds < 5.0);
}

TEST_CASE("200 000 unknown targets: suggestions stop at the work budget") {
    constexpr int n = 200000;
    Theme t;
    t.type.value = ThemeType::Sales;
    t.stages.resize(n);
    for (int i = 0; i < n; ++i) {
        t.stages[i].id.value = "s" + std::to_string(i);
        Transition tr;
        tr.to.value = "t" + std::to_string(i);  // one edit from a stage id: a suggestion every time
        t.stages[i].next.push_back(tr);
    }
    const auto start = std::chrono::steady_clock::now();
    const StageGraph g = build_stage_graph(t);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(g.size() == n);
    CHECK(seconds < 5.0);
}
