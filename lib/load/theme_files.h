#pragma once
/// The files a theme names (document templates, email bodies, the instruction
/// file) and what a path written in a theme means: joined to the theme file's
/// folder, kept inside the repository root, read as text. Every command that
/// follows these paths (the checks, diff's copies of a revision, render, the
/// result cache) goes through here, so they agree (see docs/references.md).
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/messages.h"
#include "model/theme.h"
#include "util/file.h"

namespace reltheme {

/// One path written in a theme.
struct FileReference {
    const Located<std::string>* path = nullptr;
    /// What it is, for messages: `template of document "offer"`.
    i18n::Subject what;
};

/// Every file path of a theme, in file order of the keys that hold them.
std::vector<FileReference> file_references(const Theme& theme);

/// Whether a theme's text may name files at all: it holds a word the loader
/// reads paths under (`template`, `body`, `instruction_file`), or a backslash
/// (a double-quoted key may spell one with escapes; an alias or a merge key
/// repeats text of the same file). When it does not, nothing need be loaded
/// to learn that `file_references` is empty.
bool may_name_files(std::string_view text);

/// Where a theme's relative paths start and must stay.
struct ThemePlace {
    /// The theme file as shown (`<stdin>` or `-` for standard input).
    std::string file;
    /// The folder relative paths start from (absolute). Empty: the folder of
    /// `file`, or the working folder for standard input.
    std::filesystem::path dir;
    /// The nearest folder up holding `reltheme.yaml` or `.git`. Empty: `dir`.
    std::filesystem::path repo_root;
};

/// The place of a theme file read from `path` (standard input: the folder
/// of its shown name when it has one, else the working folder).
ThemePlace place_of_theme(const std::string& display, const std::filesystem::path& path,
                          bool is_stdin);

enum class PathStatus {
    Ok,             ///< a regular file inside the repository
    Empty,          ///< ""
    Absolute,       ///< "/etc/passwd"
    OutsideRoot,    ///< "../../x.md" leaves the repository root
    SymlinkEscape,  ///< a symbolic link on the way resolves outside the root
    VcsInternal,    ///< inside `.git`, `.hg`, `.svn` or a result cache (`detail`: which)
    Missing,        ///< nothing there
    NotRegular,     ///< a folder, a device, a FIFO...
};

struct ResolvedPath {
    PathStatus status = PathStatus::Missing;
    /// The file as the program opens it (absolute).
    std::filesystem::path file;
    /// The file as a user reads it: the theme's folder as given on the command
    /// line joined with the written path, e.g. `samples/templates/offer.md`.
    std::string display;
    /// For SymlinkEscape: where the link leads; for NotRegular: what it is.
    std::string detail;
};

/// The folder names below a repository root that reltheme never reads a
/// template or an instruction from: version-control internals (`.git/config`
/// holds the checkout's token in CI) and the result cache.
bool is_private_folder_name(std::string_view name);

/// The folder relative paths of a theme start from.
std::filesystem::path base_folder(const ThemePlace& place);

ResolvedPath resolve_theme_path(const ThemePlace& place, const std::string& written);

/// Why a resolved path cannot be read, for `cannot read ...: WHY` (empty
/// for Ok).
std::string describe_status(const ResolvedPath& resolved);

/// The `path-escape` message for a path that leads out of the repository
/// (absolute, `..` past the root, a link out, version-control internals), or
/// nullopt for any other status, in the run's language. `what` names the key:
/// `template of document "offer"`; `named_in` the file that holds the path
/// (by default the theme file).
std::optional<std::string> escape_message(const ResolvedPath& resolved, std::string_view written,
                                          const i18n::Subject& what,
                                          const std::optional<i18n::Subject>& named_in = {});

/// Reads a resolved file for the template checks. Returns nullopt for files
/// that are not UTF-8 text (a binary print form such as .docx), hold NUL
/// bytes, are larger than `max_bytes`, or cannot be read: those are checked
/// for existence only. The BOM is removed.
std::optional<std::string> read_text_file(const std::filesystem::path& file,
                                          std::size_t max_bytes = k_max_referenced_file_bytes);

/// A file a theme names, resolved and read (BOM removed), or nullopt with
/// `error` set; `resolved` receives the file opened.
std::optional<std::string> read_theme_file(const ThemePlace& place, const std::string& written,
                                           std::size_t max_bytes, std::string& error,
                                           std::filesystem::path* resolved = nullptr);

}  // namespace reltheme
