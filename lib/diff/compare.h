#pragma once
/// What the change kinds share: matching stages, outcomes and fields across
/// versions (by id, then through `formerly`), comparing durations over every
/// start weekday, reading the files a theme refers to, and counting changed
/// lines.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "diff/change.h"
#include "i18n/messages.h"
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

/// What each old item became, in the old order. Linear in the items: ids
/// and `formerly` entries are looked up through hash maps.
template <class T>
std::vector<ItemMatch<T>> match_items(const std::vector<T>& old_items,
                                      const std::vector<T>& new_items) {
    std::unordered_map<std::string_view, const T*> new_by_id;
    std::unordered_map<std::string_view, std::pair<const T*, const Id*>> new_by_former_id;
    for (const T& n : new_items) {
        new_by_id.emplace(n.id.value, &n);
        for (const Id& f : n.formerly) new_by_former_id.emplace(f.value, std::pair{&n, &f});
    }
    std::unordered_set<std::string_view> old_ids;
    for (const T& o : old_items) old_ids.insert(o.id.value);
    std::vector<ItemMatch<T>> out;
    out.reserve(old_items.size());
    for (const T& o : old_items) {
        ItemMatch<T> m;
        m.old_item = &o;
        if (const auto same = new_by_id.find(o.id.value); same != new_by_id.end()) {
            m.new_item = same->second;
            m.how = MatchHow::Same;
        } else if (const auto renamed = new_by_former_id.find(o.id.value);
                   renamed != new_by_former_id.end()) {
            m.new_item = renamed->second.first;
            m.formerly = renamed->second.second;
            m.how = old_ids.count(m.new_item->id.value) ? MatchHow::Merged : MatchHow::Renamed;
        }
        out.push_back(m);
    }
    return out;
}

/// New items that take over nothing old: neither the same id nor a rename.
template <class T>
std::vector<const T*> added_items(const std::vector<T>& old_items,
                                  const std::vector<T>& new_items) {
    std::unordered_set<const T*> taken;
    for (const auto& m : match_items(old_items, new_items))
        if (m.paired()) taken.insert(m.new_item);
    std::vector<const T*> out;
    for (const T& n : new_items)
        if (!taken.count(&n)) out.push_back(&n);
    return out;
}

/// The id each old item has in the new version (its own, or the one that
/// lists it in `formerly`); built once per comparison, then O(1) a lookup.
template <class T>
class Successors {
  public:
    Successors(const std::vector<T>& old_items, const std::vector<T>& new_items) {
        for (const auto& m : match_items(old_items, new_items))
            m_next.emplace(m.old_item->id.value, m.new_item ? m.new_item->id.value : std::string());
    }

    /// The new id of `old_id`, or nullopt when it was removed (or never was).
    std::optional<std::string> operator()(std::string_view old_id) const {
        const auto it = m_next.find(old_id);
        if (it == m_next.end() || it->second.empty()) return std::nullopt;
        return it->second;
    }

    /// Old ids under their new ids (a removed one keeps its own), each once and
    /// in first-seen order: two stages merged through `formerly` are one stage.
    template <class Ids>
    std::vector<std::string> mapped(const Ids& old_ids) const {
        std::vector<std::string> out;
        for (const auto& old_id : old_ids) {
            std::string now = (*this)(old_id.value).value_or(old_id.value);
            if (std::find(out.begin(), out.end(), now) == out.end()) out.push_back(std::move(now));
        }
        return out;
    }

  private:
    std::unordered_map<std::string_view, std::string> m_next;
};

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

/// " for deals that start on Sat, Sun" when not every weekday, else "":
/// the catalogue's `clause` (`weekdays.start`, `weekdays.enter`) with the days.
std::string weekdays_clause(const std::vector<int>& days, std::string_view clause);

/// `"id"` with quotes, for messages: the catalogue's one quoting.
using i18n::quoted;
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
