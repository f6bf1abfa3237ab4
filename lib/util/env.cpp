#include "util/env.h"

#include <unistd.h>

#include <climits>
#include <cstdlib>

namespace reltheme {

std::size_t env_size(const char* name, std::size_t fallback) {
    const char* v = std::getenv(name);
    if (!v || !*v) return fallback;
    char* end = nullptr;
    const unsigned long long n = std::strtoull(v, &end, 10);
    return (end && *end == '\0' && n > 0) ? static_cast<std::size_t>(n) : fallback;
}

std::optional<std::time_t> source_date_epoch() {
    const char* v = std::getenv("SOURCE_DATE_EPOCH");
    if (!v || !*v) return std::nullopt;
    char* end = nullptr;
    const long long n = std::strtoll(v, &end, 10);
    if (!end || *end != '\0' || n < 0) return std::nullopt;
    return static_cast<std::time_t>(n);
}

std::time_t report_time() {
    if (const auto epoch = source_date_epoch()) return *epoch;
    return std::time(nullptr);
}

std::string report_hostname() {
    if (source_date_epoch()) return "localhost";
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
    return name;
}

}  // namespace reltheme
