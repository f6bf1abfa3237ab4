#pragma once
/// Typed access to YAML nodes that reports `schema` findings in the words a
/// theme author understands: unknown keys with a did-you-mean, wrong types,
/// missing keys, bad enum values with the allowed ones listed.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "i18n/messages.h"
#include "load/rule_ids.h"
#include "load/yaml_doc.h"
#include "model/theme.h"
#include "util/diagnostic.h"
#include "util/duration.h"

namespace reltheme {

/// Whether a text is an id: lower-case Latin letters, digits, `-` and `_`,
/// starting with a letter, at most 64 characters (the JSON Schema's pattern).
bool valid_id(std::string_view v);

template <class E>
using EnumTable = std::span<const std::pair<const char*, E>>;

class NodeReader {
  public:
    explicit NodeReader(DiagnosticSink& sink) : m_sink(sink) {}

    /// Reports a `schema` finding and marks the model incomplete.
    void error(const Range& range, std::string message, const char* rule = rule_id::k_schema);
    bool ok() const { return m_errors == 0; }
    /// How many errors were reported so far (a reader compares counts to tell
    /// which part of a file an error fell in).
    std::size_t error_count() const { return m_errors; }

    /// `what` names what the node is (i18n::subject, i18n::key_subject).
    bool expect_map(const YNode* n, const i18n::Subject& what);
    bool expect_seq(const YNode* n, const i18n::Subject& what);
    /// Reports every key of `map` not in `allowed`, with a did-you-mean.
    /// Returns the allowed keys suggested (what the author probably meant).
    std::vector<std::string> check_keys(const YNode& map, std::span<const std::string> allowed,
                                        const i18n::Subject& what);
    /// Reports a missing key at the mapping's start.
    bool require(const YNode& map, std::string_view key, const i18n::Subject& what);

    std::optional<Located<std::string>> string(const YNode* n, std::string_view key);
    /// An id, checked against the id pattern (a Cyrillic letter in it is
    /// pointed out, with the Latin spelling as the fix).
    std::optional<Located<std::string>> id(const YNode* n, std::string_view key);
    std::optional<Located<double>> probability(const YNode* n, std::string_view key);
    std::optional<Located<Duration>> duration(const YNode* n, std::string_view key);
    std::optional<Located<bool>> boolean(const YNode* n, std::string_view key);
    std::optional<Located<long long>> integer(const YNode* n, std::string_view key);
    /// A file's format version (`reltheme: 1`, `reltheme-scenario: 1`): a
    /// number, read as JSON Schema's `"const": 1` reads it, so `1.0` is version
    /// 1 and text (`"1"`) is a `schema` error. Another number is reported as
    /// `unsupported-version`: "WHAT 2 is not supported; ...". True for version
    /// 1, false for another version, none when there is no number.
    std::optional<bool> format_version(const YNode* n, std::string_view key,
                                       const i18n::Subject& what);
    std::vector<Id> id_list(const YNode* n, std::string_view key);
    std::vector<Located<std::string>> string_list(const YNode* n, std::string_view key);

    /// One of the names in `table`. A bad value is reported with the allowed
    /// ones and a did-you-mean (with a fix) from spelling or from `aliases`,
    /// words other tools use for a value (`string` for `text`).
    template <class E>
    std::optional<Located<E>> enumeration(const YNode* n, std::string_view key, EnumTable<E> table,
                                          EnumTable<E> aliases = {}) {
        std::vector<std::string> names;
        for (const auto& [name, value] : table) names.emplace_back(name);
        std::vector<std::pair<std::string, std::string>> meant;
        for (const auto& [alias, value] : aliases) {
            for (const auto& [name, v] : table) {
                if (v == value) meant.emplace_back(alias, name);
            }
        }
        const auto index = enum_index(n, key, names, meant);
        if (!index) return std::nullopt;
        return Located<E>{table[*index].second, n->range};
    }

    /// Reports a bad value of `key` with a did-you-mean `suggestion` (if any)
    /// and a fix that writes it instead.
    void bad_value(const YNode& n, std::string message,
                   const std::optional<std::string>& suggestion);

    /// `bad duration "1.5d" for "deadline": durations are whole numbers: ...`
    static std::string bad_duration(std::string_view value, std::string_view key,
                                    const DurationError& why);

  private:
    std::optional<std::size_t> enum_index(
        const YNode* n, std::string_view key, const std::vector<std::string>& names,
        const std::vector<std::pair<std::string, std::string>>& aliases);
    DiagnosticSink& m_sink;
    std::size_t m_errors = 0;
};

/// `the string "x"`, `a list`, ... (`строка «x»`, `список`) for messages about
/// what a node holds, in the run's language.
std::string describe(const YNode* n);

/// Why a text is not a duration, in the run's language: `durations are whole
/// numbers: write 36h instead of 1.5d`.
std::string duration_error_text(const DurationError& e);

/// `; "а" at column 12 is a Cyrillic letter (U+0430), not the Latin "a"`, for
/// an id starting at `column`, in the run's language; empty when the id has no
/// Cyrillic letter.
std::string cyrillic_note(std::string_view word, int column);

}  // namespace reltheme
