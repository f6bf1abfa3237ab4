#include "diff/change.h"

#include "diff/change_kind.h"

namespace reltheme {

const char* to_string(Side s) {
    return s == Side::Old ? "old" : "new";
}

const char* to_string(ChangeOp op) {
    switch (op) {
        case ChangeOp::Added:
            return "added";
        case ChangeOp::Removed:
            return "removed";
        case ChangeOp::Changed:
            return "changed";
    }
    return "";
}

const char* to_string(Breaking b) {
    switch (b) {
        case Breaking::No:
            return "no";
        case Breaking::Yes:
            return "yes";
        case Breaking::Depends:
            return "depends";
    }
    return "";
}

Change& ChangeSink::add(const ChangeKind& kind, Side side, Range range, std::string message) {
    const ThemeVersion* version = side == Side::Old ? m_old : m_new;
    Change c;
    c.diagnostic.severity = kind.default_severity();
    c.diagnostic.rule = std::string(kind.id());
    c.diagnostic.file = version ? version->file : std::string();
    c.diagnostic.range = range;
    c.diagnostic.message = std::move(message);
    c.op = kind.op();
    c.side = side;
    // What was removed from a theme that still exists is anchored at the new
    // theme's id until the kind names a closer place.
    if (side == Side::Old && m_new) c.anchor = Location{m_new->plain_file, m_new->theme.id.range};
    m_items.push_back(std::move(c));
    return m_items.back();
}

}  // namespace reltheme
