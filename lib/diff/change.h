#pragma once
/// What `reltheme diff` finds: one classified change between two versions of a
/// theme, located in the version it belongs to (the new file, or the old one
/// for what was removed), and the sink change kinds append to.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "load/theme_files.h"
#include "model/theme.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

/// Which version of a theme a location points into.
enum class Side { Old, New };

/// The diff-like sign of a change: `+` added, `-` removed, `~` changed.
enum class ChangeOp { Added, Removed, Changed };

/// Whether a change kind breaks open deals: always, never, or depending on the
/// values (`parameter-changed`).
enum class Breaking { No, Yes, Depends };

const char* to_string(Side s);
const char* to_string(ChangeOp op);
const char* to_string(Breaking b);

/// One version of one theme as a change kind sees it.
struct ThemeVersion {
    const Theme& theme;
    const SourceText& source;
    /// The file as reports name it: a path, or `REV:path` for a git revision.
    std::string file;
    /// The file's path in the repository or folder, without a revision prefix
    /// (what GitHub annotations name).
    std::string plain_file;
    /// Where its relative paths (templates, instruction files) start and must
    /// stay. A git revision is written out to a temporary folder first, so
    /// this is always a real folder.
    ThemePlace place;
};

/// The two versions of a theme that a diff compares.
struct ThemePair {
    ThemeVersion old_version;
    ThemeVersion new_version;
};

/// A place in a file.
struct Location {
    std::string file;
    Range range;
};

struct Change {
    /// rule = the change kind's id; severity (error means breaking); file and
    /// range in the version named by `side`; message with the consequence.
    Diagnostic diagnostic;
    ChangeOp op = ChangeOp::Changed;
    Side side = Side::New;
    /// The value before and after, as written in the files, when there is one.
    std::optional<std::string> before;
    std::optional<std::string> after;
    /// For a removal: where the new file holds what is left of it (the stage
    /// list, the theme's id), for reports that can point only into new files.
    std::optional<Location> anchor;

    bool breaking() const { return diagnostic.severity == Severity::Error; }
    const std::string& kind() const { return diagnostic.rule; }
};

class ChangeKind;

/// Collects the changes of one theme pair (or of one added or removed theme).
class ChangeSink {
  public:
    ChangeSink(const ThemeVersion* old_version, const ThemeVersion* new_version)
        : m_old(old_version), m_new(new_version) {}

    /// Appends a change of `kind` at its default severity, located in the old
    /// or new file.
    Change& add(const ChangeKind& kind, Side side, Range range, std::string message);

    std::vector<Change>& items() { return m_items; }

  private:
    const ThemeVersion* m_old;
    const ThemeVersion* m_new;
    std::vector<Change> m_items;
};

}  // namespace reltheme
