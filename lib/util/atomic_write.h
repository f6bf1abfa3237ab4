#pragma once
/// Writing a whole file so that readers see either the old content or the new,
/// never a half-written file: a temporary file in the same folder, then a
/// rename over the target.
#include <filesystem>
#include <string>
#include <string_view>

namespace reltheme {

/// Writes `content` to `path` atomically. The new file gets the usual mode
/// (0666 less the umask), or the old file's mode when it replaces one. On
/// failure returns false, leaves the target as it was, removes the temporary
/// file and puts a message such as "cannot write out/report.sarif: Permission
/// denied" in `error`. Refuses to replace a file this process has read
/// (util/read_ledger.h): "refusing to write T: it is an input of this run".
bool write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           std::string& error);

/// Replaces a file this run read with its fixed text (`lint --fix`): the one
/// write that may replace an input. Refused ("cannot fix PATH: ...") when it
/// is not a regular file, is read-only to this user, or no longer holds
/// `expected` (it changed since it was read). A link is written through: its
/// target gets the new text and keeps its mode, the link stays a link.
bool rewrite_input_atomically(const std::filesystem::path& path, std::string_view expected,
                              std::string_view content, std::string& error);

/// Like write_file_atomically, but never replaces anything: the new file
/// appears under `path` only if the name is free at that moment (a hard link
/// of the temporary file, which fails on an existing name). `exists` tells that
/// case ("cannot write PATH: it already exists") from other failures.
bool create_file_atomically(const std::filesystem::path& path, std::string_view content,
                            std::string& error, bool* exists = nullptr);

}  // namespace reltheme
