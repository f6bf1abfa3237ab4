#pragma once
/// The base of every change kind of `reltheme diff`. As in `buf breaking`, a
/// change kind is a rule that compares an old and a new model: it has an id, a
/// summary, a default severity (error means breaking), a breaking flag and a
/// sign, and is listed once in diff/registry.cpp. Each kind lives in its own
/// file under diff/kinds/ and defines its factory declared in diff/kinds/kinds.h
/// (included here, so every kind sees it).
#include <vector>

#include "check/rule.h"
#include "diff/change.h"
#include "diff/kinds/kinds.h"

namespace reltheme {

class ChangeKind : public Rule {
  public:
    RuleGroup group() const override { return RuleGroup::Diff; }
    /// Whether the change breaks open deals; `Depends` when the severity of
    /// each change depends on the values.
    virtual Breaking breaking() const = 0;
    virtual ChangeOp op() const = 0;

    /// Compares two versions of one theme (matched by id, or by file when the
    /// id changed).
    virtual void compare(const ThemePair& /*pair*/, ChangeSink& /*sink*/) const {}
    /// A theme that only the new side has.
    virtual void theme_added(const ThemeVersion& /*added*/, ChangeSink& /*sink*/) const {}
    /// A theme that only the old side has.
    virtual void theme_removed(const ThemeVersion& /*removed*/, ChangeSink& /*sink*/) const {}
};

/// Every change kind, in the order of diff/registry.cpp.
const std::vector<const ChangeKind*>& all_change_kinds();

}  // namespace reltheme
