#pragma once
/// Limits and settings read from the environment.
#include <cstddef>

namespace reltheme {

/// The positive decimal number in environment variable `name`, or `fallback`
/// when it is unset, empty, zero or not a number.
std::size_t env_size(const char* name, std::size_t fallback);

}  // namespace reltheme
