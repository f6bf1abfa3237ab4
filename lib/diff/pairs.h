#pragma once
/// Pair-walkers for the change kinds of one family — added, removed, renamed,
/// moved — as Buf's `newFieldPairCheckFunc`: a kind states its facts once and
/// says what one item's change means; the walker matches the items of both
/// versions, keeps its family's cases, places the change and records what it
/// was before and after. Stages, outcomes and fields match by id, then through
/// `formerly`; documents, which have no `formerly`, by id alone.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "i18n/messages.h"

namespace reltheme::diffing {

/// What a change kind's file states once: id, summary, default severity
/// (error means breaking), the breaking flag and the sign.
struct KindFacts {
    std::string_view id;
    std::string_view summary;
    Severity severity = Severity::Error;
    Breaking breaking = Breaking::Yes;
    ChangeOp op = ChangeOp::Changed;
};

/// One list of a theme's items (`&Theme::stages`).
template <class T>
using ItemsOf = std::vector<T> Theme::*;

/// Where a theme writes one of its lists (`&Theme::stages_range`): what was
/// removed from it is anchored there in the new file.
using ListRangeOf = std::optional<Range> Theme::*;

/// A change kind made of its facts and a walk over two versions of one theme;
/// themes of different types are left to `theme-type-changed`.
template <class Walk>
class PairKind final : public ChangeKind {
  public:
    PairKind(const KindFacts& facts, Walk walk) : m_facts(facts), m_walk(std::move(walk)) {}
    std::string_view id() const override { return m_facts.id; }
    std::string_view summary() const override { return m_facts.summary; }
    Severity default_severity() const override { return m_facts.severity; }
    Breaking breaking() const override { return m_facts.breaking; }
    ChangeOp op() const override { return m_facts.op; }
    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (same_type(p)) m_walk(*this, p, sink);
    }

  private:
    KindFacts m_facts;
    Walk m_walk;
};

template <class Walk>
std::unique_ptr<Rule> pair_kind(const KindFacts& facts, Walk walk) {
    return std::make_unique<PairKind<Walk>>(facts, std::move(walk));
}

/// A kind about items in both versions (`&Theme::fields`): `walk(kind, pair,
/// before, after, sink)` for each old item and the new item that is its
/// continuation (same id or through `formerly`).
template <class T, class Walk>
std::unique_ptr<Rule> item_pair_kind(const KindFacts& facts, ItemsOf<T> items, Walk walk) {
    return pair_kind(facts, [items, walk](const ChangeKind& kind, const ThemePair& p,
                                          ChangeSink& sink) {
        for (const auto& m : match_items(p.old_version.theme.*items, p.new_version.theme.*items)) {
            if (m.paired()) walk(kind, p, *m.old_item, *m.new_item, sink);
        }
    });
}

/// A `stage-…-changed` kind: `item_pair_kind` over the stages.
template <class Walk>
std::unique_ptr<Rule> stage_pair_kind(const KindFacts& facts, Walk walk) {
    return item_pair_kind(facts, &Theme::stages, std::move(walk));
}

/// What the old stages and fields are called in the new version, built once
/// for a pair of themes.
struct NewIds {
    explicit NewIds(const ThemePair& p)
        : stage(p.old_version.theme.stages, p.new_version.theme.stages),
          field(p.old_version.theme.fields, p.new_version.theme.fields) {}

    Successors<Stage> stage;
    Successors<Field> field;
};

/// A kind about what a stage in both versions lists (its `next`, its
/// `requires`), whose old entries are read under their new ids:
/// `walk(kind, pair, ids, before, after, sink)` for each stage.
template <class Walk>
std::unique_ptr<Rule> stage_lists_kind(const KindFacts& facts, Walk walk) {
    return pair_kind(facts, [walk](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
        const NewIds ids(p);
        for (const auto& m : match_items(p.old_version.theme.stages, p.new_version.theme.stages)) {
            if (m.paired()) walk(kind, p, ids, *m.old_item, *m.new_item, sink);
        }
    });
}

/// The entries of `mine` whose key no entry of `theirs` has: what one version
/// of a list inside an item holds and the other lacks (a stage's `next`, its
/// `requires`, an enum field's options). A key is optional text; an entry
/// keyed nullopt is neither counted nor returned (a transition into a removed
/// stage goes with the stage). Old entries are keyed by their new ids
/// (`NewIds`), so a rename is no change. In `mine`'s order.
template <class E, class MineKey, class TheirKey>
std::vector<const E*> entries_without(const std::vector<E>& mine, MineKey mine_key,
                                      const std::vector<E>& theirs, TheirKey their_key) {
    std::unordered_set<std::string> keys;
    for (const E& e : theirs) {
        if (std::optional<std::string> k = their_key(e)) keys.insert(std::move(*k));
    }
    std::vector<const E*> out;
    for (const E& e : mine) {
        const std::optional<std::string> k = mine_key(e);
        if (k && !keys.count(*k)) out.push_back(&e);
    }
    return out;
}

template <class T>
concept HasFormerly = requires(const T& t) {
    t.formerly;
};

/// The new items that take over no old one.
template <class T>
std::vector<const T*> new_items(const std::vector<T>& before, const std::vector<T>& after) {
    if constexpr (HasFormerly<T>) {
        return added_items(before, after);
    } else {
        std::vector<const T*> out;
        for (const T& n : after)
            if (!find_item(before, n.id.value)) out.push_back(&n);
        return out;
    }
}

/// The old items that no new one takes over.
template <class T>
std::vector<const T*> gone_items(const std::vector<T>& before, const std::vector<T>& after) {
    std::vector<const T*> out;
    if constexpr (HasFormerly<T>) {
        for (const auto& m : match_items(before, after))
            if (m.how == MatchHow::Removed) out.push_back(m.old_item);
    } else {
        for (const T& o : before)
            if (!find_item(after, o.id.value)) out.push_back(&o);
    }
    return out;
}

/// `-added`: each new item that takes over no old one, at its id;
/// `say(item, new list)` is the message.
template <class T, class Say>
std::unique_ptr<Rule> added_kind(const KindFacts& facts, ItemsOf<T> items, Say say) {
    return pair_kind(facts,
                     [items, say](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
                         const auto& now = p.new_version.theme.*items;
                         for (const T* item : new_items(p.old_version.theme.*items, now)) {
                             Change& c = sink.add(kind, Side::New, item->id.range, say(*item, now));
                             c.after = item->id.value;
                         }
                     });
}

/// `-removed`: each old item that no new one takes over, at its old id and,
/// when `list` is given and the new theme writes it, anchored at that list.
template <class T, class Say>
std::unique_ptr<Rule> removed_kind(const KindFacts& facts, ItemsOf<T> items, ListRangeOf list,
                                   Say say) {
    return pair_kind(facts, [items, list, say](const ChangeKind& kind, const ThemePair& p,
                                               ChangeSink& sink) {
        for (const T* item : gone_items(p.old_version.theme.*items, p.new_version.theme.*items)) {
            Change& c = sink.add(kind, Side::Old, item->id.range, say(*item));
            c.before = item->id.value;
            if (list && p.new_version.theme.*list)
                anchor_at(c, p.new_version, *(p.new_version.theme.*list));
        }
    });
}

/// `-renamed`: an item in both versions whose name changed, at the new name:
/// the catalogue's `message` (`stage "id" renamed from "old" to "new"`).
template <class T>
std::unique_ptr<Rule> renamed_kind(const KindFacts& facts, ItemsOf<T> items,
                                   std::string_view message) {
    return pair_kind(facts, [items, message](const ChangeKind& kind, const ThemePair& p,
                                             ChangeSink& sink) {
        for (const auto& m : match_items(p.old_version.theme.*items, p.new_version.theme.*items)) {
            if (!m.paired() || m.old_item->name.value == m.new_item->name.value) continue;
            Change& c = sink.add(
                kind, Side::New, m.new_item->name.range,
                i18n::message(message, fmt::arg("id", diffing::quoted(m.new_item->id.value)),
                              fmt::arg("was", diffing::quoted(m.old_item->name.value)),
                              fmt::arg("now", diffing::quoted(m.new_item->name.value))));
            c.before = m.old_item->name.value;
            c.after = m.new_item->name.value;
        }
    });
}

/// `-moved`: an old item that a new one lists in `formerly` (renamed to a new
/// id, or merged into one that existed), at that `formerly` entry;
/// `say(how, "from", "to")` gets the ids quoted.
template <class T, class Say>
std::unique_ptr<Rule> moved_kind(const KindFacts& facts, ItemsOf<T> items, Say say) {
    return pair_kind(facts, [items, say](const ChangeKind& kind, const ThemePair& p,
                                         ChangeSink& sink) {
        for (const auto& m : match_items(p.old_version.theme.*items, p.new_version.theme.*items)) {
            if (m.how != MatchHow::Renamed && m.how != MatchHow::Merged) continue;
            const std::string& from = m.old_item->id.value;
            const std::string& to = m.new_item->id.value;
            Change& c = sink.add(kind, Side::New, m.formerly->range,
                                 say(m.how, diffing::quoted(from), diffing::quoted(to)));
            c.before = from;
            c.after = to;
        }
    });
}

}  // namespace reltheme::diffing
