#pragma once
/// Limits and settings read from the environment.
#include <cstddef>
#include <optional>
#include <string>

namespace reltheme {

/// The positive decimal number in environment variable `name`, or `fallback`
/// when it is unset or empty. A value that is no such number has been refused
/// before any work by bad_env_limit (the CLI exits 2); here it counts as unset.
std::size_t env_size(const char* name, std::size_t fallback);

/// The message for the first `RELTHEME_MAX_*` variable that is set to
/// something other than a positive whole number (`abc`, `0`, `-5`, `1e6`, a
/// value past 2^64-1), or nullopt when all are good. An empty value is unset.
std::optional<std::string> bad_env_limit();

}  // namespace reltheme
