// The helpers the change kinds share: matching through `formerly`, the
// entries one version of a list lacks, durations compared over every start
// weekday, changed-line counts.
#include "diff/compare.h"

#include "diff/pairs.h"

#include <doctest/doctest.h>

using namespace reltheme;
using namespace reltheme::diffing;

namespace {

Stage stage(const std::string& id, std::vector<std::string> formerly = {}) {
    Stage s;
    s.id.value = id;
    for (auto& f : formerly) s.formerly.push_back(Id{f, {}});
    return s;
}

Duration d(const char* text) {
    return *parse_duration(text);
}

}  // namespace

TEST_CASE("match_items follows ids, then formerly: same, renamed, merged, removed") {
    const std::vector<Stage> old_stages = {stage("a"), stage("b"), stage("c"), stage("d")};
    const std::vector<Stage> new_stages = {stage("a", {"c"}), stage("b2", {"b"}), stage("e")};
    const auto m = match_items(old_stages, new_stages);
    REQUIRE(m.size() == 4);
    CHECK(m[0].how == MatchHow::Same);
    CHECK(m[1].how == MatchHow::Renamed);
    CHECK(m[1].new_item->id.value == "b2");
    CHECK(m[1].formerly->value == "b");
    CHECK(m[2].how == MatchHow::Merged);
    CHECK(m[2].new_item->id.value == "a");
    CHECK(m[3].how == MatchHow::Removed);
    CHECK(m[3].new_item == nullptr);
    CHECK(m[0].paired());
    CHECK(m[1].paired());
    CHECK_FALSE(m[2].paired());

    const auto added = added_items(old_stages, new_stages);
    REQUIRE(added.size() == 1);
    CHECK(added[0]->id.value == "e");
    const Successors<Stage> successor(old_stages, new_stages);
    CHECK(successor("b") == "b2");
    CHECK(successor("c") == "a");
    CHECK(successor("d") == std::nullopt);
    CHECK(successor("never") == std::nullopt);
}

TEST_CASE("entries_without: what one version of a list lacks, old entries under their new ids") {
    // Old: a -> [b, c, a, gone]; new: a -> [b2, d, d], where b2 is b renamed
    // and c was removed with nothing taking it over.
    const std::vector<Stage> old_stages = {stage("a"), stage("b"), stage("c")};
    const std::vector<Stage> new_stages = {stage("a"), stage("b2", {"b"}), stage("d")};
    const Successors<Stage> new_id(old_stages, new_stages);
    const std::vector<Id> old_next = {Id{"b", {}}, Id{"c", {}}, Id{"a", {}}, Id{"gone", {}}};
    const std::vector<Id> new_next = {Id{"b2", {}}, Id{"d", {}}, Id{"d", {}}};
    const auto as_is = [](const Id& t) { return std::optional(t.value); };
    const auto renamed = [&](const Id& t) { return new_id(t.value); };
    const auto text = [](const std::vector<const Id*>& ids) {
        std::string out;
        for (const Id* i : ids) out += i->value + " ";
        return out;
    };
    // Added: b2 is b under its new id; d is new (listed twice, returned twice).
    CHECK(text(entries_without(new_next, as_is, old_next, renamed)) == "d d ");
    // Removed: the loop a -> a. b lives on as b2; c and gone have no new id
    // (c was removed, gone never was), so they are keyed nullopt and left out.
    CHECK(text(entries_without(old_next, renamed, new_next, as_is)) == "a ");
    // Without the renames every old entry counts.
    CHECK(text(entries_without(old_next, as_is, new_next, as_is)) == "b c a gone ");
    CHECK(text(entries_without(std::vector<Id>{}, as_is, new_next, as_is)) == "");
}

TEST_CASE("matching is linear: 50,000 stages, each renamed, match in one pass") {
    std::vector<Stage> old_stages, new_stages;
    for (int i = 0; i < 50000; ++i) {
        old_stages.push_back(stage("s" + std::to_string(i)));
        new_stages.push_back(stage("t" + std::to_string(i), {"s" + std::to_string(i)}));
    }
    const auto m = match_items(old_stages, new_stages);
    REQUIRE(m.size() == 50000);
    CHECK(m[49999].how == MatchHow::Renamed);
    CHECK(m[49999].new_item->id.value == "t49999");
    CHECK(added_items(old_stages, new_stages).empty());
    CHECK(Successors<Stage>(old_stages, new_stages)("s123") == "t123");
}

TEST_CASE("durations compare over the seven start weekdays") {
    // Equal whatever the unit.
    auto same = compare_durations(d("1d"), d("24h"));
    CHECK_FALSE(same.shorter());
    CHECK_FALSE(same.longer());
    // 5bd is a week from Monday to Friday, six or five days from the weekend.
    auto weekend = compare_durations(d("1w"), d("5bd"));
    CHECK(weekend.shorter_on == std::vector<int>{5, 6});
    CHECK_FALSE(weekend.longer());
    // 3bd against 4d: 4d is longer from Mon, Tue, Sun; shorter from Wed-Fri;
    // equal from Saturday (3bd then ends on Wednesday too).
    auto mixed = compare_durations(d("3bd"), d("4d"));
    CHECK(mixed.longer_on == std::vector<int>{0, 1, 6});
    CHECK(mixed.shorter_on == std::vector<int>{2, 3, 4});
    CHECK(weekdays_clause(mixed.shorter_on, "weekdays.enter") ==
          " for deals that enter it on Wed, Thu, Fri");
    CHECK(weekdays_clause({0, 1, 2, 3, 4, 5, 6}, "weekdays.start").empty());
}

TEST_CASE(
    "classify_durations: a deadline set is shorter, one dropped is longer, mixed is shorter") {
    const std::optional<Located<Duration>> none;
    const std::optional<Located<Duration>> five = Located<Duration>{d("5d"), {}};
    const std::optional<Located<Duration>> three_bd = Located<Duration>{d("3bd"), {}};
    const std::optional<Located<Duration>> four = Located<Duration>{d("4d"), {}};
    CHECK(classify_durations(none, none).stretch == Stretch::Same);
    CHECK(classify_durations(none, five).stretch == Stretch::Shorter);
    CHECK(classify_durations(five, none).stretch == Stretch::Longer);
    CHECK(classify_durations(five, four).stretch == Stretch::Shorter);
    CHECK(classify_durations(four, five).stretch == Stretch::Longer);
    CHECK(classify_durations(three_bd, four).stretch == Stretch::Shorter);
    CHECK(classify_durations(four, three_bd).stretch == Stretch::Shorter);
}

TEST_CASE("count_line_changes counts lines added and removed") {
    CHECK(describe(count_line_changes("a\nb\nc\n", "a\nb\nc\n")) == "+0 -0 lines");
    CHECK(describe(count_line_changes("a\nb\nc\n", "a\nx\nc\n")) == "+1 -1 lines");
    CHECK(describe(count_line_changes("a\nc\n", "a\nb\nc\nd\n")) == "+2 -0 lines");
    CHECK(describe(count_line_changes("a\r\nb\r\n", "a\nb\n")) == "+0 -0 lines");
    CHECK(describe(count_line_changes("", "x\n")) == "+1 -0 lines");
}
