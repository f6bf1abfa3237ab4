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

/// The words YAML 1.1 reads as booleans and YAML 1.2 as text, with what 1.1
/// reads them as.
std::optional<bool> yaml11_bool(std::string_view v) {
    static constexpr std::pair<std::string_view, bool> k_words[] = {
        {"yes", true}, {"Yes", true}, {"YES", true}, {"no", false},  {"No", false},  {"NO", false},
        {"on", true},  {"On", true},  {"ON", true},  {"off", false}, {"Off", false}, {"OFF", false},
        {"y", true},   {"Y", true},   {"n", false},  {"N", false}};
    for (const auto& [word, value] : k_words) {
        if (v == word) return value;
    }
    return std::nullopt;
}

/// A fix that writes `replacement` over the scalar `n`, in double quotes when
/// the scalar was quoted (its range then covers the quotes).
Fix value_fix(const YNode& n, std::string_view replacement, bool safe) {
    if (n.plain) return Fix{n.range, std::string(replacement), safe};
    return Fix{n.range, fmt::format("\"{}\"", replacement), safe};
}

}  // namespace

std::string describe(const YNode* n) {
    if (!n || n->is_null()) return i18n::message("value.null");
    if (n->is_map()) return i18n::message("value.mapping");
    if (n->is_seq()) return i18n::message("value.list");
    const std::string shown = excerpt(n->value);
    const auto value = fmt::arg("value", shown);
    switch (n->scalar_type()) {
        case ScalarType::Null:
            return i18n::message("value.null");
        case ScalarType::Bool:
            return i18n::message("value.bool", value);
        case ScalarType::Int:
        case ScalarType::Float:
            return i18n::message("value.number", value);
        case ScalarType::String:
            return i18n::message("value.string", value);
    }
    return i18n::message("value.other");
}

std::string duration_error_text(const DurationError& e) {
    using Kind = DurationError::Kind;
    const auto written = fmt::arg("written", e.written);
    const auto shown = fmt::arg("shown", e.shown);
    switch (e.kind) {
        case Kind::Fraction:
            return i18n::message("duration.fraction", shown, written);
        case Kind::InexactFraction:
            return i18n::message("duration.inexact-fraction", written);
        case Kind::NoNumber:
            return i18n::message("duration.no-number");
        case Kind::Space:
            return i18n::message("duration.space", shown);
        case Kind::NoUnit:
            return i18n::message("duration.no-unit");
        case Kind::UnknownUnit:
            return i18n::message("duration.unknown-unit");
        case Kind::Negative:
            return i18n::message("duration.negative");
        case Kind::Zero:
            return i18n::message("duration.zero");
        case Kind::LeadingZero:
            return i18n::message("duration.leading-zero", shown);
        case Kind::TooLong:
            return i18n::message("duration.too-long", shown);
    }
    return {};
}

std::string cyrillic_note(std::string_view word, int column) {
    const auto found = find_cyrillic(word);
    if (!found) return {};
    const int at_column = column + static_cast<int>(found->index);
    const std::string code_point = fmt::format("U+{:04X}", static_cast<unsigned>(found->code));
    const std::string latin(1, found->latin);
    const auto letter = fmt::arg("letter", found->letter);
    const auto at = fmt::arg("column", at_column);
    const auto code = fmt::arg("code", code_point);
    if (found->latin == '\0') return i18n::message("schema.cyrillic-letter", letter, at, code);
    return i18n::message("schema.cyrillic-lookalike", letter, at, code, fmt::arg("latin", latin));
}

void NodeReader::error(const Range& range, std::string message, const char* rule) {
    ++m_errors;
    m_sink.report(rule, Severity::Error, range, std::move(message));
}

bool NodeReader::expect_map(const YNode* n, const i18n::Subject& what) {
    if (n && n->is_map()) return true;
    error(n->range, i18n::message("schema.not-mapping", fmt::arg("what", what.nominative),
                                  fmt::arg("found", describe(n))));
    return false;
}

bool NodeReader::expect_seq(const YNode* n, const i18n::Subject& what) {
    if (n && n->is_seq()) return true;
    error(n->range, i18n::message("schema.not-list", fmt::arg("what", what.nominative),
                                  fmt::arg("found", describe(n))));
    return false;
}

std::vector<std::string> NodeReader::check_keys(const YNode& map,
                                                std::span<const std::string> allowed,
                                                const i18n::Subject& what) {
    std::vector<std::string> meant;
    for (const auto& [k, v] : map.entries) {
        if (!k->is_scalar()) {
            error(k->range,
                  i18n::message("schema.key-not-word", fmt::arg("what", what.prepositional),
                                fmt::arg("found", describe(k))));
            continue;
        }
        bool known = false;
        for (const auto& a : allowed) known = known || a == k->value;
        if (known) continue;
        const auto suggestion = closest_match(k->value, allowed);
        error(k->range, i18n::message("schema.unknown-key", fmt::arg("key", excerpt(k->value)),
                                      fmt::arg("what", what.prepositional),
                                      fmt::arg("suggestion", i18n::did_you_mean(suggestion))));
        if (suggestion) {
            m_sink.items().back().fix = Fix{k->range, *suggestion};
            meant.push_back(*suggestion);
        }
    }
    return meant;
}

bool NodeReader::require(const YNode& map, std::string_view key, const i18n::Subject& what) {
    if (map.find(key)) return true;
    error(map.range, i18n::message("schema.missing-key", fmt::arg("what", what.prepositional),
                                   fmt::arg("key", key)));
    return false;
}

std::optional<Located<std::string>> NodeReader::string(const YNode* n, std::string_view key) {
    if (!n) return std::nullopt;
    if (n->is_scalar() && n->scalar_type() == ScalarType::String)
        return Located<std::string>{n->value, n->range};
    std::string hint;
    if (n->is_scalar())
        hint = i18n::message("schema.not-text.quote", fmt::arg("value", excerpt(n->value)));
    error(n->range, i18n::message("schema.not-text", fmt::arg("key", key),
                                  fmt::arg("found", describe(n)), fmt::arg("hint", hint)));
    return std::nullopt;
}

std::optional<Located<std::string>> NodeReader::id(const YNode* n, std::string_view key) {
    auto s = string(n, key);
    if (!s) return std::nullopt;
    if (!valid_id(s->value)) {
        const int column = n->range.begin.column + (n->plain ? 0 : 1);
        error(n->range, i18n::message("schema.bad-id", fmt::arg("value", excerpt(s->value)),
                                      fmt::arg("note", cyrillic_note(s->value, column))));
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
        error(n->range, i18n::message("schema.not-probability", fmt::arg("key", key),
                                      fmt::arg("found", describe(n))));
        return std::nullopt;
    }
    std::string text = n->value;
    for (auto* s : {".nan", ".NaN", ".NAN"}) {
        if (text.ends_with(s)) {
            error(n->range, i18n::message("schema.probability-nan", fmt::arg("key", key)));
            return std::nullopt;
        }
    }
    double value = std::strtod(text.c_str(), nullptr);
    if (text.find("inf") != std::string::npos || text.find("Inf") != std::string::npos ||
        text.find("INF") != std::string::npos) {
        value = text[0] == '-' ? -INFINITY : INFINITY;
    }
    if (!(value >= 0.0 && value <= 1.0)) {
        error(n->range, i18n::message("schema.probability-range", fmt::arg("key", key),
                                      fmt::arg("value", excerpt(n->value))));
        return std::nullopt;
    }
    return Located<double>{value, n->range};
}

std::optional<Located<Duration>> NodeReader::duration(const YNode* n, std::string_view key) {
    if (!n) return std::nullopt;
    if (!n->is_scalar()) {
        error(n->range, i18n::message("schema.not-duration", fmt::arg("key", key),
                                      fmt::arg("found", describe(n))));
        return std::nullopt;
    }
    DurationError why;
    const auto d = parse_duration(n->value, &why);
    if (!d) {
        error(n->range, bad_duration(n->value, key, why));
        // The same duration, spelt as the format spells it.
        if (!why.replacement.empty())
            m_sink.items().back().fix = value_fix(*n, why.replacement, true);
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
    const auto yaml11 = n->is_scalar() ? yaml11_bool(n->value) : std::nullopt;
    std::string hint;
    if (yaml11) hint = i18n::message("schema.not-bool.yaml11", fmt::arg("value", n->value));
    error(n->range, i18n::message("schema.not-bool", fmt::arg("key", key),
                                  fmt::arg("found", describe(n)), fmt::arg("hint", hint)));
    // What YAML 1.1 reads the word as (`yes` is true); safe, since only a
    // boolean is allowed here.
    if (yaml11) m_sink.items().back().fix = Fix{n->range, *yaml11 ? "true" : "false", true};
    return std::nullopt;
}

std::optional<Located<long long>> NodeReader::integer(const YNode* n, std::string_view key) {
    if (!n) return std::nullopt;
    if (const auto value = n->is_scalar() ? n->int_value() : std::nullopt)
        return Located<long long>{*value, n->range};
    if (n->is_scalar() && n->scalar_type() == ScalarType::Int) {
        error(n->range, i18n::message("schema.too-large", fmt::arg("key", key),
                                      fmt::arg("value", excerpt(n->value))));
        return std::nullopt;
    }
    error(n->range, i18n::message("schema.not-integer", fmt::arg("key", key),
                                  fmt::arg("found", describe(n))));
    return std::nullopt;
}

std::optional<bool> NodeReader::format_version(const YNode* n, std::string_view key,
                                               const i18n::Subject& what) {
    if (!n) return std::nullopt;
    const ScalarType type = n->is_scalar() ? n->scalar_type() : ScalarType::String;
    if (type != ScalarType::Int && type != ScalarType::Float) {
        error(n->range, i18n::message("schema.not-version", fmt::arg("key", key),
                                      fmt::arg("found", describe(n))));
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
              i18n::message("unsupported-version", fmt::arg("what", what.nominative),
                            fmt::arg("version", shown)),
              rule_id::k_unsupported_version);
    }
    return supported;
}

std::vector<Id> NodeReader::id_list(const YNode* n, std::string_view key) {
    std::vector<Id> out;
    if (!n || !expect_seq(n, i18n::key_subject(key))) return out;
    for (const YNode* item : n->items) {
        if (auto v = id(item, key)) out.push_back(*v);
    }
    return out;
}

std::vector<Located<std::string>> NodeReader::string_list(const YNode* n, std::string_view key) {
    std::vector<Located<std::string>> out;
    if (!n || !expect_seq(n, i18n::key_subject(key))) return out;
    for (const YNode* item : n->items) {
        if (auto v = string(item, key)) out.push_back(*v);
    }
    return out;
}

std::string NodeReader::bad_duration(std::string_view value, std::string_view key,
                                     const DurationError& why) {
    return i18n::message("schema.bad-duration", fmt::arg("value", excerpt(value)),
                         fmt::arg("key", key), fmt::arg("why", duration_error_text(why)));
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
    std::optional<std::string> suggestion;
    if (n->is_scalar()) {
        for (const auto& [alias, name] : aliases) {
            if (alias == n->value) suggestion = name;
        }
        if (!suggestion) suggestion = closest_match(n->value, names);
    }
    const auto k = fmt::arg("key", key);
    const auto a = fmt::arg("allowed", allowed);
    bad_value(
        *n,
        n->is_scalar()
            ? i18n::message("schema.bad-enum", fmt::arg("value", excerpt(n->value)), k, a)
            : i18n::message("schema.bad-enum.not-scalar", fmt::arg("found", describe(n)), k, a),
        suggestion);
    return std::nullopt;
}

}  // namespace reltheme
