#pragma once
/// Files a theme names (document templates, email bodies, the instruction
/// file): resolving their paths against the theme's folder, keeping them
/// inside the repository root, and reading them for the template checks.
/// `missing-file`, `path-escape`, `unknown-placeholder` and `template-syntax`
/// share this, so they agree on what a path means (see docs/references.md).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "check/context.h"
#include "model/theme.h"

namespace reltheme {

/// One path written in a theme.
struct FileReference {
    const Located<std::string>* path = nullptr;
    /// What it is, for messages: `template of document "offer"`.
    std::string what;
};

/// Every file path of a theme, in file order of the keys that hold them.
std::vector<FileReference> file_references(const Theme& theme);

enum class PathStatus {
    Ok,             ///< a regular file inside the repository
    Empty,          ///< ""
    Absolute,       ///< "/etc/passwd"
    OutsideRoot,    ///< "../../x.md" leaves the repository root
    SymlinkEscape,  ///< a symbolic link on the way resolves outside the root
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

/// The folder relative paths of a theme start from: the theme file's folder,
/// or for standard input the folder of `--stdin-filename` (else the working
/// directory).
std::filesystem::path base_folder(const ThemeContext& ctx);

ResolvedPath resolve_theme_path(const ThemeContext& ctx, const std::string& written);

/// Reads a resolved file for the template checks. Returns nullopt for files
/// that are not UTF-8 text (a binary print form such as .docx), hold NUL
/// bytes, are larger than `max_bytes`, or cannot be read: those are checked
/// for existence only.
std::optional<std::string> read_text_file(const std::filesystem::path& file,
                                          std::size_t max_bytes = 16u << 20);

}  // namespace reltheme
