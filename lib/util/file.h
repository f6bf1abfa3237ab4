#pragma once
/// The one way reltheme reads a file from disk. Every reader goes through
/// here, so each file read is recorded in the ledger (`read_ledger.h`) that
/// keeps outputs off inputs, and a FIFO, a device or a file over the size
/// limit is refused before it is opened.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace reltheme {

/// A file's whole content, or nullopt with `error` set to why not, in the
/// words of `cannot read FILE: WHY`: the system's reason ("No such file or
/// directory"), "not a regular file", or "the file is N bytes, over the
/// limit of M (RELTHEME_MAX_FILE_BYTES)". Bytes as they are (no BOM removed).
std::optional<std::string> read_file(const std::filesystem::path& path, std::size_t max_bytes,
                                     std::string& error);

/// read_file for the one file a run reads in order to replace it (the
/// baseline that `--baseline-write` and `--baseline-prune` rewrite): the same
/// checks, but not recorded in the ledger, so the rewrite is not refused.
std::optional<std::string> read_file_to_replace(const std::filesystem::path& path,
                                                std::size_t max_bytes, std::string& error);

/// Why a file of `size` bytes is not read under a limit of `max_bytes`, in the
/// words read_file gives: "the file is N bytes, over the limit of M
/// (RELTHEME_MAX_FILE_BYTES)".
std::string too_large_reason(std::uintmax_t size, std::size_t max_bytes);

/// A path as a user reads it: relative to the working folder when that is
/// shorter, else as given.
std::string display_path(const std::string& path);

/// Referenced files (templates, email bodies, instruction files) are capped
/// at 16 MiB: a print form may be larger than any theme.
inline constexpr std::size_t k_max_referenced_file_bytes = 16u << 20;

}  // namespace reltheme
