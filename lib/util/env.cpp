#include "util/env.h"

#include <unistd.h>

#include <charconv>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

#include "util/utf8.h"

extern char** environ;  // NOLINT: POSIX declares it for the program to define

namespace reltheme {
namespace {

/// A positive decimal number, digits only.
std::optional<std::uint64_t> positive_decimal(std::string_view text) {
    std::uint64_t n = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, n);
    if (text.empty() || ec != std::errc() || ptr != end || n == 0) return std::nullopt;
    return n;
}

}  // namespace

std::size_t env_size(const char* name, std::size_t fallback) {
    const char* v = std::getenv(name);
    if (!v || !*v) return fallback;
    const auto n = positive_decimal(v);
    return n ? static_cast<std::size_t>(*n) : fallback;
}

std::optional<std::string> bad_env_limit() {
    constexpr std::string_view k_prefix = "RELTHEME_MAX_";
    for (char** e = environ; e && *e; ++e) {
        const std::string_view entry = *e;
        if (entry.substr(0, k_prefix.size()) != k_prefix) continue;
        const std::size_t eq = entry.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view value = entry.substr(eq + 1);
        if (value.empty() || positive_decimal(value)) continue;
        return fmt::format("{} is \"{}\"; a limit is a whole number greater than 0",
                           printable(entry.substr(0, eq)), printable(value.substr(0, 40)));
    }
    return std::nullopt;
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
