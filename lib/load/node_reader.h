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

#include "load/yaml_doc.h"
#include "model/theme.h"
#include "util/diagnostic.h"
#include "util/duration.h"

namespace reltheme {

template <class E>
using EnumTable = std::span<const std::pair<const char*, E>>;

class NodeReader {
  public:
    explicit NodeReader(DiagnosticSink& sink) : m_sink(sink) {}

    /// Reports a `schema` finding and marks the model incomplete.
    void error(const Range& range, std::string message, const char* rule = "schema");
    bool ok() const { return m_ok; }

    bool expect_map(const YNode* n, std::string_view what);
    bool expect_seq(const YNode* n, std::string_view what);
    /// Reports every key of `map` not in `allowed`, with a did-you-mean.
    void check_keys(const YNode& map, std::span<const std::string> allowed, std::string_view what);
    /// Reports a missing key at the mapping's start.
    bool require(const YNode& map, std::string_view key, std::string_view what);

    std::optional<Located<std::string>> string(const YNode* n, std::string_view key);
    std::optional<Located<std::string>> id(const YNode* n, std::string_view key);
    std::optional<Located<double>> probability(const YNode* n, std::string_view key);
    std::optional<Located<Duration>> duration(const YNode* n, std::string_view key);
    std::optional<Located<bool>> boolean(const YNode* n, std::string_view key);
    std::optional<Located<long long>> integer(const YNode* n, std::string_view key);
    std::vector<Id> id_list(const YNode* n, std::string_view key);
    std::vector<Located<std::string>> string_list(const YNode* n, std::string_view key);

    template <class E>
    std::optional<Located<E>> enumeration(const YNode* n, std::string_view key,
                                          EnumTable<E> table) {
        std::vector<std::string> names;
        for (const auto& [name, value] : table) names.emplace_back(name);
        const auto index = enum_index(n, key, names);
        if (!index) return std::nullopt;
        return Located<E>{table[*index].second, n->range};
    }

  private:
    std::optional<std::size_t> enum_index(const YNode* n, std::string_view key,
                                          const std::vector<std::string>& names);
    DiagnosticSink& m_sink;
    bool m_ok = true;
};

/// "a string", "a number", ... for messages about what a node holds.
std::string describe(const YNode* n);

}  // namespace reltheme
