#pragma once
/// Writing a file so that readers see either the old content or the new one,
/// never half of it: a temporary file in the same folder, then a rename.
#include <filesystem>
#include <string>
#include <string_view>

namespace reltheme {

/// Writes `content` to `path` atomically. The temporary file sits in the
/// target's folder (a rename across file systems is not atomic) and gets the
/// permissions a new file would get (0666 less the umask), or the existing
/// file's. On failure nothing is left behind, `error` says why in words
/// ("Permission denied", "No such file or directory") and false is returned.
bool write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           std::string& error);

/// Like write_file_atomically, but never replaces an existing file: the new
/// file appears under `path` only if nothing was there (a hard link of the
/// temporary file, which fails on an existing name). `exists` tells that case
/// apart from other failures.
bool create_file_atomically(const std::filesystem::path& path, std::string_view content,
                            std::string& error, bool* exists = nullptr);

}  // namespace reltheme
