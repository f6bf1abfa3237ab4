#pragma once
/// The files this process has read. Every file reltheme writes goes through
/// write_file_atomically, which asks here first and refuses to replace a file
/// the run read: `render -o`, `--output FORMAT=FILE` and the rest can never
/// overwrite a theme, template, scenario or project file, whatever path or
/// link names it.
#include <filesystem>
#include <optional>

namespace reltheme {

/// Records that `path` was read (thread-safe; cheap: no system call).
void record_read(const std::filesystem::path& path);

/// A recorded path that names the same file (device and inode) as an existing
/// file with `device` and `inode`, if any.
std::optional<std::filesystem::path> recorded_read_of(unsigned long long device,
                                                      unsigned long long inode);

}  // namespace reltheme
