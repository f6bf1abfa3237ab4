#pragma once
/// A YAML document built in one pass over yaml-cpp's events, keeping every
/// node's source range. The same pass finds repeated keys, resolves aliases
/// without copying (so alias bombs cost nothing) and enforces size limits.
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

enum class NodeKind { Null, Scalar, Sequence, Map };

/// How a plain scalar reads under the YAML 1.2 core schema.
enum class ScalarType { Null, Bool, Int, Float, String };

struct YNode {
    NodeKind kind = NodeKind::Null;
    std::string value;   ///< scalar text
    bool plain = false;  ///< an untagged plain scalar (typed by the core schema)
    bool flow = false;   ///< written in flow style (`[...]`, `{...}`)
    Range range;
    std::vector<const YNode*> items;                             ///< sequence items
    std::vector<std::pair<const YNode*, const YNode*>> entries;  ///< mapping entries
    std::size_t subtree_size = 1;                                ///< nodes below, aliases expanded

    bool is_map() const { return kind == NodeKind::Map; }
    bool is_seq() const { return kind == NodeKind::Sequence; }
    bool is_scalar() const { return kind == NodeKind::Scalar; }
    bool is_null() const { return kind == NodeKind::Null; }
    /// Value of a key in a mapping, or nullptr.
    const YNode* find(std::string_view key) const;
    /// The key node of an entry, or nullptr.
    const YNode* find_key(std::string_view key) const;
    ScalarType scalar_type() const;
    /// The value of an Int scalar as the YAML 1.2 core schema reads it: `010`
    /// is ten (no octal without `0o`), `0o10` eight, `0x10` sixteen, `+1` one.
    /// None for another type, or a value outside 64 bits.
    std::optional<long long> int_value() const;
};

/// Limits that keep hostile files from exhausting time or memory. All can be
/// raised with environment variables (see docs/limits.md).
struct YamlLimits {
    std::size_t max_bytes = 2u << 20;             ///< RELTHEME_MAX_FILE_BYTES
    std::size_t max_nodes = 2'000'000;            ///< RELTHEME_MAX_NODES
    std::size_t max_alias_expansion = 1'000'000;  ///< RELTHEME_MAX_ALIAS_EXPANSION

    static YamlLimits from_environment();
};

class YamlDocument {
  public:
    const YNode* root() const { return m_root; }
    YNode& make() { return m_nodes.emplace_back(); }
    void set_root(const YNode* r) { m_root = r; }

  private:
    std::deque<YNode> m_nodes;
    const YNode* m_root = nullptr;
};

/// Checks the bytes of a file before parsing: UTF-16/32, NUL bytes, invalid
/// UTF-8, size. Reports `yaml-syntax` and returns false on a fatal problem.
bool check_encoding(const SourceText& source, std::size_t max_bytes, DiagnosticSink& sink);

/// Parses the text (already without BOM), once its bytes pass check_encoding
/// (with `limits.max_bytes`): every file reltheme parses goes through this
/// one gate. Returns nullopt after reporting a fatal problem (`yaml-syntax`);
/// repeated keys are reported as `duplicate-key` and the document is still
/// returned.
std::optional<YamlDocument> parse_yaml(const SourceText& source, DiagnosticSink& sink,
                                       const YamlLimits& limits = {});

/// The text with a leading UTF-8 byte order mark removed.
std::string strip_bom(std::string text);

}  // namespace reltheme
