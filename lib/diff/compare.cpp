#include "diff/compare.h"

#include <sys/stat.h>

#include <fstream>
#include <map>
#include <sstream>

#include "i18n/messages.h"

namespace reltheme::diffing {
namespace {

/// Above this many line pairs the exact count gives way to a multiset count.
constexpr std::size_t k_max_lcs_cells = 4'000'000;

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

}  // namespace

DurationComparison compare_durations(const Duration& before, const Duration& after) {
    DurationComparison out;
    for (int day = 0; day < 7; ++day) {
        const Minutes start = reference_start(day);
        const Minutes a = advance(start, before);
        const Minutes b = advance(start, after);
        if (b < a) out.shorter_on.push_back(day);
        if (b > a) out.longer_on.push_back(day);
    }
    return out;
}

DurationChange classify_durations(const std::optional<Located<Duration>>& before,
                                  const std::optional<Located<Duration>>& after) {
    DurationChange out;
    if (!before && !after) return out;
    if (!before) {
        out.stretch = Stretch::Shorter;
    } else if (!after) {
        out.stretch = Stretch::Longer;
    } else {
        out.days = compare_durations(before->value, after->value);
        if (out.days.shorter())
            out.stretch = Stretch::Shorter;
        else if (out.days.longer())
            out.stretch = Stretch::Longer;
    }
    return out;
}

std::string weekdays_clause(const std::vector<int>& days, std::string_view clause) {
    if (days.size() >= 7 || days.empty()) return {};
    std::string names;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (i > 0) names += ", ";
        names += i18n::weekday_short(days[i]);
    }
    return i18n::message(clause, fmt::arg("days", names));
}

std::string named(const Id& id, const Located<std::string>& name) {
    std::string out = diffing::quoted(id.value);
    if (!name.value.empty() && name.value != id.value) out += " (" + name.value + ")";
    return out;
}

std::optional<std::string> read_relative(const ThemeVersion& version, std::string_view path) {
    if (path.empty()) return std::nullopt;
    std::string error;
    return read_theme_file(version.place, std::string(path), k_max_referenced_file_bytes, error);
}

LineCounts count_line_changes(std::string_view before, std::string_view after) {
    std::vector<std::string_view> a = split_lines(before);
    std::vector<std::string_view> b = split_lines(after);
    // Common head and tail are unchanged.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
        ++tail;
    }
    const std::vector<std::string_view> x(a.begin() + static_cast<long>(head),
                                          a.end() - static_cast<long>(tail));
    const std::vector<std::string_view> y(b.begin() + static_cast<long>(head),
                                          b.end() - static_cast<long>(tail));
    std::size_t common = 0;
    if (x.size() * y.size() <= k_max_lcs_cells) {
        // Longest common subsequence, one row at a time.
        std::vector<std::size_t> prev(y.size() + 1, 0), row(y.size() + 1, 0);
        for (std::size_t i = 1; i <= x.size(); ++i) {
            for (std::size_t j = 1; j <= y.size(); ++j) {
                row[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], row[j - 1]);
            }
            std::swap(prev, row);
        }
        common = prev[y.size()];
    } else {
        std::map<std::string_view, int> count;
        for (const auto& line : x) ++count[line];
        for (const auto& line : y) {
            auto it = count.find(line);
            if (it != count.end() && it->second > 0) {
                --it->second;
                ++common;
            }
        }
    }
    return LineCounts{static_cast<int>(y.size() - common), static_cast<int>(x.size() - common)};
}

std::string describe(const LineCounts& counts) {
    return i18n::message("line-counts", fmt::arg("added", counts.added),
                         fmt::arg("removed", counts.removed));
}

}  // namespace reltheme::diffing
