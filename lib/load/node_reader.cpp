#include "load/node_reader.h"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/rule_ids.h"
#include "util/excerpt.h"
#include "util/spelling.h"

namespace reltheme {

bool valid_id(std::string_view v) {
    if (v.empty() || v.size() > 64 || v[0] < 'a' || v[0] > 'z') return false;
    for (char c : v) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    }
    return true;
}

namespace {

bool is_yaml11_bool(std::string_view v) {
    static constexpr std::string_view k_words[] = {"yes", "Yes", "YES", "no",  "No",  "NO",
                                                   "on",  "On",  "ON",  "off", "Off", "OFF",
                                                   "y",   "Y",   "n",   "N"};
    for (auto w : k_words) {
        if (v == w) return true;
    }
    return false;
}

/// A fix that writes `replacement` over the scalar `n`, in double quotes when
/// the scalar was quoted (its range then covers the quotes).
Fix value_fix(const YNode& n, std::string_view replacement, bool safe) {
    if (n.plain) return Fix{n.range, std::string(replacement), safe};
    return Fix{n.range, fmt::format("\"{}\"", replacement), safe};
}

}  // namespace

std::string describe(const YNode* n) {
    if (!n || n->is_null()) return "nothing (null)";
    if (n->is_map()) return "a mapping";
    if (n->is_seq()) return "a list";
    switch (n->scalar_type()) {
        case ScalarType::Null:
            return "nothing (null)";
        case ScalarType::Bool:
            return fmt::format("the boolean {}", n->value);
        case ScalarType::Int:
        case ScalarType::Float:
            return fmt::format("the number {}", excerpt(n->value));
        case ScalarType::String:
            return fmt::format("the string \"{}\"", excerpt(n->value));
    }
    return "a value";
}

void NodeReader::error(const Range& range, std::string message, const char* rule) {
    ++m_errors;
    m_sink.report(rule, Severity::Error, range, std::move(message));
}

bool NodeReader::expect_map(const YNode* n, std::string_view what) {
    if (n && n->is_map()) return true;
    error(n->range, fmt::format("{} must be a mapping of keys, not {}", what, describe(n)));
    return false;
}

bool NodeReader::expect_seq(const YNode* n, std::string_view what) {
    if (n && n->is_seq()) return true;
    error(n->range, fmt::format("{} must be a list, not {}", what, describe(n)));
    return false;
}

std::vector<std::string> NodeReader::check_keys(const YNode& map,
                                                std::span<const std::string> allowed,
                                                std::string_view what) {
    std::vector<std::string> meant;
    for (const auto& [k, v] : map.entries) {
        if (!k->is_scalar()) {
            error(k->range,
                  fmt::format("keys of {} must be plain words, not {}", what, describe(k)));
            continue;
        }
        bool known = false;
        for (const auto& a : allowed) known = known || a == k->value;
        if (known) continue;
        std::string message = fmt::format("unknown key \"{}\" in {}", excerpt(k->value), what);
        const auto suggestion = closest_match(k->value, allowed);
        message += i18n::did_you_mean(suggestion);
        error(k->range, std::move(message));
        if (suggestion) {
            m_sink.items().back().fix = Fix{k->range, *suggestion};
            meant.push_back(*suggestion);
        }
    }
    return meant;
}

bool NodeReader::require(const YNode& map, std::string_view key, std::string_view what) {
    if (map.find(key)) return true;
    error(map.range, fmt::format("{} is missing the required key \"{}\"", what, key));
    return false;
}

std::optional<Located<std::string>> NodeReader::string(const YNode* n, std::string_view key) {
    if (!n) return std::nullopt;
    if (n->is_scalar() && n->scalar_type() == ScalarType::String)
        return Located<std::string>{n->value, n->range};
    std::string hint;
    if (n->is_scalar())
        hint =
            fmt::format("; write it in quotes (\"{}\") if it is meant as text", excerpt(n->value));
    error(n->range, fmt::format("\"{}\" must be text, not {}{}", key, describe(n), hint));
    return std::nullopt;
}

std::optional<Located<std::string>> NodeReader::id(const YNode* n, std::string_view key) {
    auto s = string(n, key);
    if (!s) return std::nullopt;
    if (!valid_id(s->value)) {
        const int column = n->range.begin.column + (n->plain ? 0 : 1);
        error(n->range,
              fmt::format("\"{}\" is not a valid id: use lower-case latin letters, digits, "
                          "'-' and '_', starting with a letter, at most 64 characters{}",
                          excerpt(s->value), cyrillic_note(s->value, column)));
        const auto latin = latin_lookalike(s->value);
        // The same letters in the Latin alphabet: the id it was meant to be.
        if (latin && valid_id(*latin)) m_sink.items().back().fix = value_fix(*n, *latin, true);
        return std::nullopt;
    }
    return s;
}

std::optional<Located<double>> NodeReader::probability(const YNode* n, std::string_view key) {
    if (!n) return std::nullopt;
    const auto type = n->scalar_type();
    if (!n->is_scalar() || (type != ScalarType::Int && type != ScalarType::Float)) {
        error(n->range,
              fmt::format("\"{}\" must be a number from 0 to 1, not {}", key, describe(n)));
        return std::nullopt;
    }
    std::string text = n->value;
    for (auto* s : {".nan", ".NaN", ".NAN"}) {
        if (text.ends_with(s)) {
            error(n->range, fmt::format("\"{}\" must be a number from 0 to 1, not NaN", key));
            return std::nullopt;
        }
    }
    double value = std::strtod(text.c_str(), nullptr);
    if (text.find("inf") != std::string::npos || text.find("Inf") != std::string::npos ||
        text.find("INF") != std::string::npos) {
        value = text[0] == '-' ? -INFINITY : INFINITY;
    }
    if (!(value >= 0.0 && value <= 1.0)) {
        error(n->range, fmt::format("\"{}\" must be from 0 to 1, not {}", key, excerpt(n->value)));
        return std::nullopt;
    }
    return Located<double>{value, n->range};
}

std::optional<Located<Duration>> NodeReader::duration(const YNode* n, std::string_view key) {
    if (!n) return std::nullopt;
    if (!n->is_scalar()) {
        error(n->range,
              fmt::format("\"{}\" must be a duration like 3d or 5bd, not {}", key, describe(n)));
        return std::nullopt;
    }
    std::string why;
    std::string replacement;
    const auto d = parse_duration(n->value, &why, &replacement);
    if (!d) {
        error(n->range,
              fmt::format("bad duration \"{}\" for \"{}\": {}", excerpt(n->value), key, why));
        // The same duration, spelt as the format spells it.
        if (!replacement.empty()) m_sink.items().back().fix = value_fix(*n, replacement, true);
        return std::nullopt;
    }
    return Located<Duration>{*d, n->range};
}

std::optional<Located<bool>> NodeReader::boolean(const YNode* n, std::string_view key) {
    if (!n) return std::nullopt;
    if (n->is_scalar() && n->scalar_type() == ScalarType::Bool) {
        const char c = n->value[0];
        return Located<bool>{c == 't' || c == 'T', n->range};
    }
    std::string hint;
    if (n->is_scalar() && is_yaml11_bool(n->value)) {
        hint = fmt::format(" (\"{}\" is text in YAML 1.2; write true or false)", n->value);
    }
    error(n->range, fmt::format("\"{}\" must be true or false, not {}{}", key, describe(n), hint));
    return std::nullopt;
}

std::optional<Located<long long>> NodeReader::integer(const YNode* n, std::string_view key) {
    if (!n) return std::nullopt;
    if (const auto value = n->is_scalar() ? n->int_value() : std::nullopt)
        return Located<long long>{*value, n->range};
    if (n->is_scalar() && n->scalar_type() == ScalarType::Int) {
        error(n->range, fmt::format("\"{}\" is too large: {}", key, excerpt(n->value)));
        return std::nullopt;
    }
    error(n->range, fmt::format("\"{}\" must be a whole number, not {}", key, describe(n)));
    return std::nullopt;
}

std::optional<bool> NodeReader::format_version(const YNode* n, std::string_view key,
                                               std::string_view what) {
    if (!n) return std::nullopt;
    const ScalarType type = n->is_scalar() ? n->scalar_type() : ScalarType::String;
    if (type != ScalarType::Int && type != ScalarType::Float) {
        error(n->range, fmt::format("\"{}\" must be the number 1, the format version, not {}", key,
                                    describe(n)));
        return std::nullopt;
    }
    // The version as a whole number when it is one (`1.0`, `0x1`), else as written.
    std::string shown = excerpt(n->value);
    bool supported = false;
    if (const auto whole = n->int_value()) {
        shown = std::to_string(*whole);
        supported = *whole == 1;
    } else if (type == ScalarType::Float) {
        const double value = std::strtod(n->value.c_str(), nullptr);
        if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
            shown = std::to_string(static_cast<long long>(value));
            supported = value == 1.0;
        }
    }
    if (!supported) {
        error(n->range,
              fmt::format("{} {} is not supported; this reltheme reads version 1", what, shown),
              rule_id::k_unsupported_version);
    }
    return supported;
}

std::vector<Id> NodeReader::id_list(const YNode* n, std::string_view key) {
    std::vector<Id> out;
    if (!n || !expect_seq(n, fmt::format("\"{}\"", key))) return out;
    for (const YNode* item : n->items) {
        if (auto v = id(item, key)) out.push_back(*v);
    }
    return out;
}

std::vector<Located<std::string>> NodeReader::string_list(const YNode* n, std::string_view key) {
    std::vector<Located<std::string>> out;
    if (!n || !expect_seq(n, fmt::format("\"{}\"", key))) return out;
    for (const YNode* item : n->items) {
        if (auto v = string(item, key)) out.push_back(*v);
    }
    return out;
}

void NodeReader::bad_value(const YNode& n, std::string message,
                           const std::optional<std::string>& suggestion) {
    message += i18n::did_you_mean(suggestion);
    error(n.range, std::move(message));
    if (suggestion) m_sink.items().back().fix = value_fix(n, *suggestion, false);
}

std::optional<std::size_t> NodeReader::enum_index(
    const YNode* n, std::string_view key, const std::vector<std::string>& names,
    const std::vector<std::pair<std::string, std::string>>& aliases) {
    if (!n) return std::nullopt;
    if (n->is_scalar()) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i] == n->value) return i;
        }
    }
    std::string allowed;
    for (const auto& name : names) allowed += (allowed.empty() ? "" : ", ") + name;
    const std::string shown =
        n->is_scalar() ? fmt::format("\"{}\"", excerpt(n->value)) : describe(n);
    std::optional<std::string> suggestion;
    if (n->is_scalar()) {
        for (const auto& [alias, name] : aliases) {
            if (alias == n->value) suggestion = name;
        }
        if (!suggestion) suggestion = closest_match(n->value, names);
    }
    bad_value(*n, fmt::format("bad value {} for \"{}\"; allowed: {}", shown, key, allowed),
              suggestion);
    return std::nullopt;
}

}  // namespace reltheme
