#pragma once
/// A stable 64-bit content hash (FNV-1a), the same on every run and machine.
#include <cstdint>
#include <string_view>

namespace reltheme {

constexpr std::uint64_t k_fnv_offset = 1469598103934665603ull;

inline std::uint64_t fnv1a(std::string_view data, std::uint64_t h = k_fnv_offset) {
    for (const char c : data) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace reltheme
