#include "util/glob.h"

namespace reltheme {
namespace {

bool match_class(std::string_view& pattern, char c) {
    // pattern starts just after '['
    bool negate = false;
    std::size_t i = 0;
    if (i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^')) negate = true, ++i;
    bool matched = false;
    const std::size_t start = i;
    for (; i < pattern.size() && (pattern[i] != ']' || i == start); ++i) {
        if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
            if (c >= pattern[i] && c <= pattern[i + 2]) matched = true;
            i += 2;
        } else if (pattern[i] == c) {
            matched = true;
        }
    }
    pattern.remove_prefix(i < pattern.size() ? i + 1 : i);
    return matched != negate;
}

bool match(std::string_view p, std::string_view s, int budget_depth) {
    if (budget_depth > 64) return false;
    while (!p.empty()) {
        if (p.starts_with("**")) {
            std::string_view rest = p.substr(2);
            const bool slash = rest.starts_with("/");
            if (slash) rest.remove_prefix(1);
            // `**/` matches zero or more whole segments; a bare `**` anything.
            for (std::size_t i = 0; i <= s.size(); ++i) {
                if ((!slash || i == 0 || s[i - 1] == '/') &&
                    match(rest, s.substr(i), budget_depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (p.front() == '*') {
            p.remove_prefix(1);
            for (std::size_t i = 0; i <= s.size(); ++i) {
                if (match(p, s.substr(i), budget_depth + 1)) return true;
                if (i < s.size() && s[i] == '/') return false;
            }
            return false;
        }
        if (s.empty()) return false;
        if (p.front() == '?') {
            if (s.front() == '/') return false;
        } else if (p.front() == '[') {
            p.remove_prefix(1);
            if (!match_class(p, s.front())) return false;
            s.remove_prefix(1);
            continue;
        } else if (p.front() != s.front()) {
            return false;
        }
        p.remove_prefix(1);
        s.remove_prefix(1);
    }
    return s.empty();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
    if (pattern.starts_with("./")) pattern.remove_prefix(2);
    if (path.starts_with("./")) path.remove_prefix(2);
    return match(pattern, path, 0);
}

}  // namespace reltheme
