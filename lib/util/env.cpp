#include "util/env.h"

#include <cstdlib>

namespace reltheme {

std::size_t env_size(const char* name, std::size_t fallback) {
    const char* v = std::getenv(name);
    if (!v || !*v) return fallback;
    char* end = nullptr;
    const unsigned long long n = std::strtoull(v, &end, 10);
    return (end && *end == '\0' && n > 0) ? static_cast<std::size_t>(n) : fallback;
}

}  // namespace reltheme
