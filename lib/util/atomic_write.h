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

/// Like write_file_atomically, but never replaces anything: the new file
/// appears under `path` only if the name is free at that moment (a hard link
/// of the temporary file, which fails on an existing name). `exists` tells that
/// case ("cannot write PATH: it already exists") from other failures.
bool create_file_atomically(const std::filesystem::path& path, std::string_view content,
                            std::string& error, bool* exists = nullptr);

}  // namespace reltheme
