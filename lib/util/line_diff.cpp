#include "util/line_diff.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace reltheme {
namespace {

/// The lines of a text, each with its line break.
std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        const std::size_t size = nl == text.npos ? text.size() : nl + 1;
        out.push_back(text.substr(0, size));
        text.remove_prefix(size);
    }
    return out;
}

enum class Op { Keep, Remove, Add };

/// The most edits Myers' search is run for; beyond, the middle is one hunk.
constexpr std::ptrdiff_t k_max_edits = 1000;

/// The edit script of a[lo_a, hi_a) to b[lo_b, hi_b) (no common first or
/// last line), by Myers' O(ND) search; a removal and addition of everything
/// when more than k_max_edits are needed.
std::vector<Op> middle_script(const std::vector<std::string_view>& a,
                              const std::vector<std::string_view>& b, std::size_t lo_a,
                              std::size_t hi_a, std::size_t lo_b, std::size_t hi_b) {
    const auto n = static_cast<std::ptrdiff_t>(hi_a - lo_a);
    const auto m = static_cast<std::ptrdiff_t>(hi_b - lo_b);
    const std::ptrdiff_t max = std::min(n + m, k_max_edits);
    const std::ptrdiff_t offset = max + 1;
    std::vector<std::ptrdiff_t> v(static_cast<std::size_t>(2 * max + 3), 0);
    std::vector<std::vector<std::ptrdiff_t>> trace;
    std::ptrdiff_t found = -1;
    for (std::ptrdiff_t d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (std::ptrdiff_t k = -d; k <= d; k += 2) {
            std::ptrdiff_t x;
            if (k == -d || (k != d && v[static_cast<std::size_t>(offset + k - 1)] <
                                          v[static_cast<std::size_t>(offset + k + 1)]))
                x = v[static_cast<std::size_t>(offset + k + 1)];
            else
                x = v[static_cast<std::size_t>(offset + k - 1)] + 1;
            std::ptrdiff_t y = x - k;
            while (x < n && y < m &&
                   a[lo_a + static_cast<std::size_t>(x)] == b[lo_b + static_cast<std::size_t>(y)]) {
                ++x;
                ++y;
            }
            v[static_cast<std::size_t>(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    std::vector<Op> script;
    if (found < 0) {
        script.assign(static_cast<std::size_t>(n), Op::Remove);
        script.insert(script.end(), static_cast<std::size_t>(m), Op::Add);
        return script;
    }
    // Walk back through the trace.
    std::ptrdiff_t x = n;
    std::ptrdiff_t y = m;
    for (std::ptrdiff_t d = found; d > 0; --d) {
        const std::vector<std::ptrdiff_t>& pv = trace[static_cast<std::size_t>(d)];
        const std::ptrdiff_t k = x - y;
        const bool down = k == -d || (k != d && pv[static_cast<std::size_t>(offset + k - 1)] <
                                                    pv[static_cast<std::size_t>(offset + k + 1)]);
        const std::ptrdiff_t prev_k = down ? k + 1 : k - 1;
        const std::ptrdiff_t prev_x = pv[static_cast<std::size_t>(offset + prev_k)];
        const std::ptrdiff_t prev_y = prev_x - prev_k;
        while (x > prev_x && y > prev_y) {
            script.push_back(Op::Keep);
            --x;
            --y;
        }
        script.push_back(down ? Op::Add : Op::Remove);
        x = prev_x;
        y = prev_y;
    }
    while (x > 0 && y > 0) {
        script.push_back(Op::Keep);
        --x;
        --y;
    }
    std::reverse(script.begin(), script.end());
    return script;
}

void put_line(std::string& out, char sign, std::string_view line) {
    out += sign;
    out += line;
    if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
    if (before == after) return {};
    const std::vector<std::string_view> a = lines_of(before);
    const std::vector<std::string_view> b = lines_of(after);
    std::size_t lo = 0;
    while (lo < a.size() && lo < b.size() && a[lo] == b[lo]) ++lo;
    std::size_t hi_a = a.size();
    std::size_t hi_b = b.size();
    while (hi_a > lo && hi_b > lo && a[hi_a - 1] == b[hi_b - 1]) {
        --hi_a;
        --hi_b;
    }
    std::vector<Op> script(lo, Op::Keep);
    const std::vector<Op> middle = middle_script(a, b, lo, hi_a, lo, hi_b);
    script.insert(script.end(), middle.begin(), middle.end());
    script.insert(script.end(), a.size() - hi_a, Op::Keep);

    // Group the script into hunks with 3 lines of context.
    constexpr std::size_t k_context = 3;
    std::string out = fmt::format("--- a/{0}\n+++ b/{0}\n", path);
    std::size_t i = 0;
    std::size_t line_a = 0;  // lines of a and b before script[i]
    std::size_t line_b = 0;
    while (i < script.size()) {
        std::size_t change = i;
        std::size_t skip_a = line_a;
        std::size_t skip_b = line_b;
        while (change < script.size() && script[change] == Op::Keep) {
            ++change;
            ++skip_a;
            ++skip_b;
        }
        if (change == script.size()) break;
        const std::size_t back = std::min<std::size_t>(k_context, change - i);
        std::size_t start = change - back;
        std::size_t start_a = skip_a - back;
        std::size_t start_b = skip_b - back;
        // The hunk ends after 3 unchanged lines that are not followed, within
        // 3 more, by another change.
        std::size_t end = change;
        std::size_t trailing = 0;  // unchanged lines at the end of [change, end)
        while (end < script.size()) {
            if (script[end] == Op::Keep) {
                if (trailing == 2 * k_context) break;  // the next change starts its own hunk
                ++trailing;
            } else {
                trailing = 0;
            }
            ++end;
        }
        if (trailing > k_context) end -= trailing - k_context;
        std::size_t count_a = 0;
        std::size_t count_b = 0;
        for (std::size_t j = start; j < end; ++j) {
            count_a += script[j] != Op::Add;
            count_b += script[j] != Op::Remove;
        }
        out += fmt::format("@@ -{},{} +{},{} @@\n", count_a ? start_a + 1 : start_a, count_a,
                           count_b ? start_b + 1 : start_b, count_b);
        std::size_t pa = start_a;
        std::size_t pb = start_b;
        for (std::size_t j = start; j < end; ++j) {
            if (script[j] == Op::Keep) {
                put_line(out, ' ', a[pa++]);
                ++pb;
            } else if (script[j] == Op::Remove) {
                put_line(out, '-', a[pa++]);
            } else {
                put_line(out, '+', b[pb++]);
            }
        }
        i = end;
        line_a = pa;
        line_b = pb;
    }
    return out;
}

}  // namespace reltheme
