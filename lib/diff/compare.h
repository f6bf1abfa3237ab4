#pragma once
/// What the change kinds share: matching stages, outcomes and fields across
/// versions (by id, then through `formerly`), comparing durations over every
/// start weekday, reading the files a theme refers to, and counting changed
/// lines.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diff/change.h"
#include "model/theme.h"
#include "util/duration.h"

namespace reltheme::diffing {

/// How an old item (stage, outcome, field) lives on in the new version.
enum class MatchHow {
    Same,     ///< the new version has the same id
    Renamed,  ///< a new item with a new id lists it in `formerly`
    Merged,   ///< an item that already existed lists it in `formerly`
    Removed,  ///< nothing in the new version takes it over
};

template <class T>
struct ItemMatch {
    const T* old_item = nullptr;
    const T* new_item = nullptr;  ///< null when removed
    MatchHow how = MatchHow::Removed;
    const Id* formerly = nullptr;  ///< the `formerly` entry naming the old id

    /// Same or Renamed: one item in both versions, whose properties compare.
    bool paired() const { return how == MatchHow::Same || how == MatchHow::Renamed; }
};

template <class T>
const T* find_item(const std::vector<T>& items, std::string_view id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id.value == id; });
    return it == items.end() ? nullptr : &*it;
}

/// What each old item became, in the old order.
template <class T>
std::vector<ItemMatch<T>> match_items(const std::vector<T>& old_items,
                                      const std::vector<T>& new_items) {
    std::vector<ItemMatch<T>> out;
    for (const T& o : old_items) {
        ItemMatch<T> m;
        m.old_item = &o;
        if (const T* n = find_item(new_items, o.id.value)) {
            m.new_item = n;
            m.how = MatchHow::Same;
        } else {
            for (const T& n : new_items) {
                const auto it = std::find_if(n.formerly.begin(), n.formerly.end(),
                                             [&](const Id& f) { return f.value == o.id.value; });
                if (it == n.formerly.end()) continue;
                m.new_item = &n;
                m.formerly = &*it;
                m.how = find_item(old_items, n.id.value) ? MatchHow::Merged : MatchHow::Renamed;
                break;
            }
        }
        out.push_back(m);
    }
    return out;
}

/// New items that take over nothing old: neither the same id nor a rename.
template <class T>
std::vector<const T*> added_items(const std::vector<T>& old_items,
                                  const std::vector<T>& new_items) {
    const auto matches = match_items(old_items, new_items);
    std::vector<const T*> out;
    for (const T& n : new_items) {
        const bool taken = std::any_of(matches.begin(), matches.end(), [&](const ItemMatch<T>& m) {
            return m.new_item == &n && m.paired();
        });
        if (!taken) out.push_back(&n);
    }
    return out;
}

/// The id an old item has in the new version (its own, or the one that lists
/// it in `formerly`), or nullopt when it was removed.
template <class T>
std::optional<std::string> successor(const std::vector<T>& old_items,
                                     const std::vector<T>& new_items, std::string_view old_id) {
    for (const auto& m : match_items(old_items, new_items)) {
        if (m.old_item->id.value == old_id) {
            if (!m.new_item) return std::nullopt;
            return m.new_item->id.value;
        }
    }
    return std::nullopt;
}

/// Themes of different types share too little to compare part by part;
/// `theme-type-changed` says it all.
inline bool same_type(const ThemePair& p) {
    return p.old_version.theme.type.value == p.new_version.theme.type.value;
}

/// How a duration compares with another when a deal starts on each of the
/// seven weekdays (business days skip weekends, so `5bd` and `7d` are equal
/// from Monday but not from Saturday).
struct DurationComparison {
    std::vector<int> shorter_on;  ///< weekdays (0 = Monday) where the new one ends earlier
    std::vector<int> longer_on;

    bool shorter() const { return !shorter_on.empty(); }
    bool longer() const { return !longer_on.empty(); }
};

DurationComparison compare_durations(const Duration& before, const Duration& after);

/// Which way an optional duration (a stage deadline, `max_duration`) moved:
/// set where there was none counts as shorter, dropped as longer. A change that
/// is shorter for some start weekday counts as shorter, even if it is longer
/// for others.
enum class Stretch { Same, Shorter, Longer };

struct DurationChange {
    Stretch stretch = Stretch::Same;
    DurationComparison days;  ///< when both sides have a duration
};

DurationChange classify_durations(const std::optional<Located<Duration>>& before,
                                  const std::optional<Located<Duration>>& after);

/// " for deals that start on Sat, Sun" when not every weekday, else "".
std::string weekdays_clause(const std::vector<int>& days, std::string_view verb);

/// `"id"` with quotes, for messages.
std::string quoted(std::string_view text);
/// `"id" (Name)`.
std::string named(const Id& id, const Located<std::string>& name);

/// Reads a file a theme refers to, relative to the theme's folder; nullopt when
/// it cannot be read (missing, not a regular file, over 16 MiB).
std::optional<std::string> read_relative(const ThemeVersion& version, std::string_view path);

/// Lines added and removed between two texts.
struct LineCounts {
    int added = 0;
    int removed = 0;
};
LineCounts count_line_changes(std::string_view before, std::string_view after);
/// "+3 -1 lines".
std::string describe(const LineCounts& counts);

/// Where a removal inside an item that still exists is anchored in the new file.
inline void anchor_at(Change& c, const ThemeVersion& version, const Range& range) {
    c.anchor = Location{version.plain_file, range};
}

}  // namespace reltheme::diffing
