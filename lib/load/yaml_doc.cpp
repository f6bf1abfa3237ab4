#include "load/yaml_doc.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cstdlib>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/rule_ids.h"
#include "util/env.h"
#include "util/excerpt.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

constexpr const char* k_syntax = rule_id::k_yaml_syntax;

/// yaml-cpp's messages (YAML::ErrorMsg) a parse can end with, and the
/// catalogue's ids for them; one that ends in ": " is followed by what was
/// found.
constexpr std::pair<const char*, std::string_view> k_yaml_messages[] = {
    {YAML::ErrorMsg::YAML_DIRECTIVE_ARGS, "yaml.directive-args"},
    {YAML::ErrorMsg::YAML_VERSION, "yaml.version"},
    {YAML::ErrorMsg::YAML_MAJOR_VERSION, "yaml.major-version"},
    {YAML::ErrorMsg::REPEATED_YAML_DIRECTIVE, "yaml.repeated-directive"},
    {YAML::ErrorMsg::TAG_DIRECTIVE_ARGS, "yaml.tag-directive-args"},
    {YAML::ErrorMsg::REPEATED_TAG_DIRECTIVE, "yaml.repeated-tag-directive"},
    {YAML::ErrorMsg::CHAR_IN_TAG_HANDLE, "yaml.char-in-tag-handle"},
    {YAML::ErrorMsg::TAG_WITH_NO_SUFFIX, "yaml.tag-without-suffix"},
    {YAML::ErrorMsg::END_OF_VERBATIM_TAG, "yaml.end-of-verbatim-tag"},
    {YAML::ErrorMsg::END_OF_MAP, "yaml.end-of-map"},
    {YAML::ErrorMsg::END_OF_MAP_FLOW, "yaml.end-of-map-flow"},
    {YAML::ErrorMsg::END_OF_SEQ, "yaml.end-of-seq"},
    {YAML::ErrorMsg::END_OF_SEQ_FLOW, "yaml.end-of-seq-flow"},
    {YAML::ErrorMsg::MULTIPLE_TAGS, "yaml.multiple-tags"},
    {YAML::ErrorMsg::MULTIPLE_ANCHORS, "yaml.multiple-anchors"},
    {YAML::ErrorMsg::MULTIPLE_ALIASES, "yaml.multiple-aliases"},
    {YAML::ErrorMsg::ALIAS_CONTENT, "yaml.alias-content"},
    {YAML::ErrorMsg::INVALID_HEX, "yaml.invalid-hex"},
    {YAML::ErrorMsg::INVALID_UNICODE, "yaml.invalid-unicode"},
    {YAML::ErrorMsg::INVALID_ESCAPE, "yaml.invalid-escape"},
    {YAML::ErrorMsg::UNKNOWN_TOKEN, "yaml.unknown-token"},
    {YAML::ErrorMsg::DOC_IN_SCALAR, "yaml.doc-in-scalar"},
    {YAML::ErrorMsg::EOF_IN_SCALAR, "yaml.eof-in-scalar"},
    {YAML::ErrorMsg::CHAR_IN_SCALAR, "yaml.char-in-scalar"},
    {YAML::ErrorMsg::TAB_IN_INDENTATION, "yaml.tab-in-indentation"},
    {YAML::ErrorMsg::FLOW_END, "yaml.flow-end"},
    {YAML::ErrorMsg::BLOCK_ENTRY, "yaml.block-entry"},
    {YAML::ErrorMsg::MAP_KEY, "yaml.map-key"},
    {YAML::ErrorMsg::MAP_VALUE, "yaml.map-value"},
    {YAML::ErrorMsg::ALIAS_NOT_FOUND, "yaml.alias-not-found"},
    {YAML::ErrorMsg::ANCHOR_NOT_FOUND, "yaml.anchor-not-found"},
    {YAML::ErrorMsg::CHAR_IN_ALIAS, "yaml.char-in-alias"},
    {YAML::ErrorMsg::CHAR_IN_ANCHOR, "yaml.char-in-anchor"},
    {YAML::ErrorMsg::ZERO_INDENT_IN_BLOCK, "yaml.zero-indent"},
    {YAML::ErrorMsg::CHAR_IN_BLOCK, "yaml.char-in-block"},
    {YAML::ErrorMsg::AMBIGUOUS_ANCHOR, "yaml.ambiguous-anchor"},
    {YAML::ErrorMsg::UNKNOWN_ANCHOR, "yaml.unknown-anchor"},
    {YAML::ErrorMsg::UNEXPECTED_END_SEQ, "yaml.unexpected-end-seq"},
    {YAML::ErrorMsg::UNEXPECTED_END_MAP, "yaml.unexpected-end-map"},
    {YAML::ErrorMsg::SINGLE_QUOTED_CHAR, "yaml.single-quoted-char"},
};

/// yaml-cpp's message in the run's language; one the table lacks as yaml-cpp
/// writes it, lower-case first.
std::string yaml_message(std::string message) {
    for (const auto& [text, id] : k_yaml_messages) {
        const std::string_view known = text;
        if (known.ends_with(": ") ? message.starts_with(known) : message == known) {
            const std::string found = excerpt(std::string_view(message).substr(
                known.ends_with(": ") ? known.size() : message.size()));
            return i18n::message(id, fmt::arg("found", found));
        }
    }
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
    return message;
}

/// Thrown from the event handler to stop parsing at a limit.
struct Abort {
    std::string message;
    YAML::Mark mark;
};

std::size_t scalar_end(const std::string& text, std::size_t pos, const std::string& value) {
    if (pos >= text.size()) return pos;
    const char c = text[pos];
    if (c == '"') {
        for (std::size_t i = pos + 1; i < text.size(); ++i) {
            if (text[i] == '\\')
                ++i;
            else if (text[i] == '"')
                return i + 1;
        }
        return text.size();
    }
    if (c == '\'') {
        for (std::size_t i = pos + 1; i < text.size(); ++i) {
            if (text[i] == '\'') {
                if (i + 1 < text.size() && text[i + 1] == '\'')
                    ++i;
                else
                    return i + 1;
            }
        }
        return text.size();
    }
    if (c == '|' || c == '>') return pos + 1;
    if (!value.empty() && value.find('\n') == std::string::npos &&
        text.compare(pos, value.size(), value) == 0) {
        return pos + value.size();
    }
    // Multi-line plain scalar or a tagged one: underline to the end of the line.
    std::size_t end = pos;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    while (end > pos + 1 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    return std::max(end, pos + 1);
}

class Builder : public YAML::EventHandler {
  public:
    Builder(const SourceText& source, YamlDocument& doc, DiagnosticSink& sink,
            const YamlLimits& limits)
        : m_source(source), m_doc(doc), m_sink(sink), m_limits(limits) {}

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        YNode& n = make(mark);
        n.kind = NodeKind::Null;
        n.range.end = m_source.position_at(static_cast<std::size_t>(std::max(mark.pos, 0)) + 1);
        finish(n, anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end()) throw Abort{i18n::message("yaml.unknown-alias"), mark};
        const YNode* target = it->second;
        if (std::find(m_stack.begin(), m_stack.end(), target) != m_stack.end()) {
            throw Abort{i18n::message("yaml.alias-cycle"), mark};
        }
        m_alias_expansion += target->subtree_size;
        if (m_alias_expansion > m_limits.max_alias_expansion) {
            throw Abort{i18n::message("yaml.alias-expansion",
                                      fmt::arg("limit", m_limits.max_alias_expansion)),
                        mark};
        }
        if (target->is_scalar() || target->is_null()) {
            // Scalars are copied so that each use points at its own `*alias`.
            YNode& copy = make(mark);
            copy.kind = target->kind;
            copy.value = target->value;
            copy.plain = target->plain;
            const auto begin = static_cast<std::size_t>(std::max(mark.pos, 0));
            std::size_t end = begin + 1;
            const std::string& text = m_source.text();
            while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) &&
                   text[end] != ',' && text[end] != ']' && text[end] != '}') {
                ++end;
            }
            copy.range.end = m_source.position_at(end);
            attach(&copy);
            return;
        }
        attach(target);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        YNode& n = make(mark);
        n.kind = NodeKind::Scalar;
        n.value = value;
        n.plain = tag == "?" || (!tag.empty() && tag != "!" && tag != "tag:yaml.org,2002:str");
        const auto begin = skip_properties(static_cast<std::size_t>(std::max(mark.pos, 0)));
        n.range.begin = m_source.position_at(begin);
        n.range.end = m_source.position_at(scalar_end(m_source.text(), begin, value));
        finish(n, anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(mark, anchor, NodeKind::Sequence, style);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(mark, anchor, NodeKind::Map, style);
    }
    void OnMapEnd() override {
        YNode* map = m_stack.back();
        apply_merge_keys(*map);
        report_duplicate_keys(*map);
        close();
    }

    const YNode* root() const { return m_root; }
    /// Skips an anchor (`&a `) or a tag (`!t `) in front of a node's text.
    std::size_t skip_properties(std::size_t pos) const {
        const std::string& text = m_source.text();
        while (pos < text.size() && (text[pos] == '&' || text[pos] == '!')) {
            std::size_t end = pos;
            while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
            while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
            if (end >= text.size() || text[end] == '\n' || text[end] == '\r') break;
            pos = end;
        }
        return pos;
    }
    /// The innermost collection still open, if any.
    const YNode* deepest_open() const { return m_stack.empty() ? nullptr : m_stack.back(); }
    /// The innermost flow collection still open (for "flow not found" errors).
    const YNode* open_flow() const {
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            if ((*it)->flow) return *it;
        }
        return nullptr;
    }

  private:
    YNode& make(const YAML::Mark& mark) {
        if (++m_node_count > m_limits.max_nodes) {
            throw Abort{i18n::message("yaml.too-many-nodes", fmt::arg("limit", m_limits.max_nodes)),
                        mark};
        }
        YNode& n = m_doc.make();
        n.range.begin = m_source.position_at(static_cast<std::size_t>(std::max(mark.pos, 0)));
        n.range.end = n.range.begin;
        n.range.end.column += 1;
        return n;
    }

    void open(const YAML::Mark& mark, YAML::anchor_t anchor, NodeKind kind,
              YAML::EmitterStyle::value style) {
        YNode& n = make(mark);
        n.kind = kind;
        n.flow = style == YAML::EmitterStyle::Flow;
        if (anchor != YAML::NullAnchor) m_anchors[anchor] = &n;
        attach(&n);
        m_stack.push_back(&n);
        m_pending_key.push_back(nullptr);
    }

    void close() {
        YNode* n = m_stack.back();
        m_stack.pop_back();
        m_pending_key.pop_back();
        std::size_t size = 1;
        for (const YNode* item : n->items) size += item->subtree_size;
        for (const auto& [k, v] : n->entries) size += k->subtree_size + v->subtree_size;
        n->subtree_size = size;
    }

    void finish(YNode& n, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor) m_anchors[anchor] = &n;
        attach(&n);
    }

    /// Adds a finished (or just opened) node to its parent.
    void attach(const YNode* n) {
        if (m_stack.empty()) {
            if (!m_root) m_root = n;
            return;
        }
        YNode* parent = m_stack.back();
        if (parent == n) return;
        if (parent->kind == NodeKind::Sequence) {
            parent->items.push_back(n);
        } else if (!m_pending_key.back()) {
            m_pending_key.back() = n;
        } else {
            parent->entries.emplace_back(m_pending_key.back(), n);
            m_pending_key.back() = nullptr;
        }
    }

    /// YAML 1.1 merge keys (`<<: *base`): entries of the merged mappings that
    /// the mapping does not set itself.
    void apply_merge_keys(YNode& map) {
        std::vector<const YNode*> sources;
        std::vector<std::pair<const YNode*, const YNode*>> kept;
        for (const auto& entry : map.entries) {
            if (entry.first->is_scalar() && entry.first->plain && entry.first->value == "<<") {
                const YNode* v = entry.second;
                if (v->is_map())
                    sources.push_back(v);
                else if (v->is_seq()) {
                    for (const YNode* item : v->items) {
                        if (item->is_map())
                            sources.push_back(item);
                        else
                            throw Abort{i18n::message("yaml.merge-not-mapping"), {}};
                    }
                } else {
                    kept.push_back(entry);  // reported later as an unknown key
                }
            } else {
                kept.push_back(entry);
            }
        }
        if (sources.empty()) return;
        for (const YNode* source : sources) {
            for (const auto& entry : source->entries) {
                const bool present = std::any_of(kept.begin(), kept.end(), [&](const auto& e) {
                    return e.first->is_scalar() && e.first->value == entry.first->value;
                });
                if (!present) {
                    m_alias_expansion += entry.first->subtree_size + entry.second->subtree_size;
                    kept.push_back(entry);
                }
            }
        }
        if (m_alias_expansion > m_limits.max_alias_expansion) {
            throw Abort{i18n::message("yaml.merge-expansion"), {}};
        }
        map.entries = std::move(kept);
        m_merged.insert(&map);
    }

    void report_duplicate_keys(const YNode& map) {
        if (m_merged.count(&map)) return;  // merged entries may repeat on purpose
        std::vector<std::pair<std::string_view, std::size_t>> keys;
        keys.reserve(map.entries.size());
        for (std::size_t i = 0; i < map.entries.size(); ++i) {
            const YNode* k = map.entries[i].first;
            if (k->is_scalar()) keys.emplace_back(k->value, i);
        }
        std::stable_sort(keys.begin(), keys.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 1; i < keys.size(); ++i) {
            if (keys[i].first != keys[i - 1].first) continue;
            std::size_t first = i - 1;
            while (first > 0 && keys[first - 1].first == keys[i].first) --first;
            const YNode* original = map.entries[keys[first].second].first;
            const YNode* repeated = map.entries[keys[i].second].first;
            Diagnostic& d = m_sink.report(
                rule_id::k_duplicate_key, Severity::Error, repeated->range,
                i18n::message("duplicate-key", fmt::arg("key", excerpt(repeated->value))));
            d.notes.push_back(
                {m_sink.file(), original->range, i18n::message("note.first-defined")});
        }
    }

    const SourceText& m_source;
    YamlDocument& m_doc;
    DiagnosticSink& m_sink;
    const YamlLimits& m_limits;
    std::vector<YNode*> m_stack;
    std::vector<const YNode*> m_pending_key;
    std::unordered_map<YAML::anchor_t, const YNode*> m_anchors;
    std::unordered_set<const YNode*> m_merged;
    const YNode* m_root = nullptr;
    std::size_t m_node_count = 0;
    std::size_t m_alias_expansion = 0;
};

/// Reads the documents after the first without building them, noting where
/// the first one with content starts.
class Skipper : public YAML::EventHandler {
  public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { saw(mark); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        saw(mark);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        saw(mark);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        saw(mark);
    }
    void OnMapEnd() override {}

    /// Where the first content after the first document is, if any.
    std::optional<std::size_t> content;

  private:
    void saw(const YAML::Mark& mark) {
        if (!content) content = static_cast<std::size_t>(std::max(mark.pos, 0));
    }
};

/// The `---` line that starts the document holding `offset`: the last line
/// before it that begins with `---`.
Range document_marker(const SourceText& source, std::size_t offset) {
    const std::string& text = source.text();
    std::size_t at = std::min(offset, text.size());
    while (true) {
        const std::size_t line = at == 0 ? 0 : text.rfind('\n', at - 1);
        const std::size_t begin = line == std::string::npos || at == 0 ? 0 : line + 1;
        if (text.compare(begin, 3, "---") == 0) {
            Range r;
            r.begin = source.position_at(begin);
            r.end = source.position_at(begin + 3);
            return r;
        }
        if (begin == 0) break;
        at = begin - 1;
    }
    Range r;
    r.begin = source.position_at(offset);
    r.end = r.begin;
    r.end.column += 1;
    return r;
}

Range point_range(const SourceText& source, std::size_t offset) {
    Range r;
    r.begin = source.position_at(offset);
    r.end = r.begin;
    r.end.column += 1;
    return r;
}

bool is_int(std::string_view s) {
    if (s.starts_with("0o")) {
        return s.size() > 2 && s.substr(2).find_first_not_of("01234567") == std::string_view::npos;
    }
    if (s.starts_with("0x")) {
        return s.size() > 2 &&
               s.substr(2).find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos;
    }
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

bool is_float(std::string_view s) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    if (s == ".inf" || s == ".Inf" || s == ".INF" || s == ".nan" || s == ".NaN" || s == ".NAN")
        return true;
    std::size_t i = 0;
    std::size_t digits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
    }
    if (digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        const std::size_t exp_start = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        if (i == exp_start) return false;
    }
    return i == s.size();
}

}  // namespace

const YNode* YNode::find(std::string_view key) const {
    for (const auto& [k, v] : entries) {
        if (k->is_scalar() && k->value == key) return v;
    }
    return nullptr;
}

const YNode* YNode::find_key(std::string_view key) const {
    for (const auto& [k, v] : entries) {
        if (k->is_scalar() && k->value == key) return k;
    }
    return nullptr;
}

ScalarType YNode::scalar_type() const {
    if (kind == NodeKind::Null) return ScalarType::Null;
    if (kind != NodeKind::Scalar || !plain) return ScalarType::String;
    const std::string& v = value;
    if (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL") return ScalarType::Null;
    if (v == "true" || v == "True" || v == "TRUE" || v == "false" || v == "False" || v == "FALSE") {
        return ScalarType::Bool;
    }
    if (is_int(v)) return ScalarType::Int;
    if (is_float(v)) return ScalarType::Float;
    return ScalarType::String;
}

std::optional<long long> YNode::int_value() const {
    if (scalar_type() != ScalarType::Int) return std::nullopt;
    std::string_view digits = value;
    int base = 10;
    bool negative = false;
    if (digits.starts_with("0o") || digits.starts_with("0x")) {
        base = digits[1] == 'o' ? 8 : 16;
        digits.remove_prefix(2);
    } else if (digits.front() == '-' || digits.front() == '+') {
        negative = digits.front() == '-';
        digits.remove_prefix(1);
    }
    // Magnitude as unsigned, so the most negative value still fits.
    unsigned long long magnitude = 0;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
    if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    constexpr auto k_max = static_cast<unsigned long long>(LLONG_MAX);
    if (negative) {
        if (magnitude > k_max + 1) return std::nullopt;
        return magnitude == k_max + 1 ? LLONG_MIN : -static_cast<long long>(magnitude);
    }
    if (magnitude > k_max) return std::nullopt;
    return static_cast<long long>(magnitude);
}

YamlLimits YamlLimits::from_environment() {
    YamlLimits l;
    l.max_bytes = env_size("RELTHEME_MAX_FILE_BYTES", l.max_bytes);
    l.max_nodes = env_size("RELTHEME_MAX_NODES", l.max_nodes);
    l.max_alias_expansion = env_size("RELTHEME_MAX_ALIAS_EXPANSION", l.max_alias_expansion);
    return l;
}

std::string strip_bom(std::string text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    return text;
}

bool check_encoding(const SourceText& source, std::size_t max_bytes, DiagnosticSink& sink) {
    const std::string& text = source.text();
    if (text.size() > max_bytes) {
        sink.report(k_syntax, Severity::Error, point_range(source, 0),
                    i18n::message("yaml.too-big",
                                  fmt::arg("size", i18n::count(static_cast<long long>(text.size()),
                                                               "noun.byte")),
                                  fmt::arg("limit", max_bytes)));
        return false;
    }
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        sink.report(k_syntax, Severity::Error, point_range(source, 0), i18n::message("yaml.utf16"));
        return false;
    }
    if (const auto nul = text.find('\0'); nul != std::string::npos) {
        sink.report(k_syntax, Severity::Error, point_range(source, nul), i18n::message("yaml.nul"));
        return false;
    }
    if (const auto bad = utf8_first_invalid(text)) {
        sink.report(
            k_syntax, Severity::Error, point_range(source, *bad),
            i18n::message(
                "yaml.bad-utf8",
                fmt::arg("byte", fmt::format("0x{:02X}", static_cast<unsigned char>(text[*bad])))));
        return false;
    }
    return true;
}

std::optional<YamlDocument> parse_yaml(const SourceText& source, DiagnosticSink& sink,
                                       const YamlLimits& limits) {
    if (!check_encoding(source, limits.max_bytes, sink)) return std::nullopt;
    // YAML breaks lines at a lone CR too; yaml-cpp does not, so hand it LF
    // instead (same length, so offsets stay valid).
    std::string text = source.text();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) text[i] = '\n';
    }
    std::istringstream in(text);
    YamlDocument doc;
    Builder builder(source, doc, sink, limits);
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(builder);
        doc.set_root(builder.root());
        // Documents after the first: an empty one (a trailing `---`) is
        // ignored; one with content is reported at its `---`, and the first
        // is still checked.
        Skipper skipper;
        while (!skipper.content && parser.HandleNextDocument(skipper)) {
        }
        if (skipper.content) {
            sink.report(k_syntax, Severity::Error, document_marker(source, *skipper.content),
                        i18n::message("yaml.second-document"));
        }
    } catch (const Abort& abort) {
        sink.report(k_syntax, Severity::Error,
                    point_range(source, static_cast<std::size_t>(std::max(abort.mark.pos, 0))),
                    abort.message);
        return std::nullopt;
    } catch (const YAML::DeepRecursion& e) {
        const YNode* deepest = builder.deepest_open();
        sink.report(k_syntax, Severity::Error, deepest ? deepest->range : point_range(source, 0),
                    i18n::message("yaml.too-deep",
                                  fmt::arg("levels", i18n::count(static_cast<long long>(e.depth()),
                                                                 "noun.level"))));
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        std::string message = yaml_message(e.msg);
        Range at = point_range(source, static_cast<std::size_t>(std::max(e.mark.pos, 0)));
        // An unclosed [ or { is reported at the end of the file; point at the opener.
        if (e.msg.find("flow not found") != std::string::npos) {
            if (const YNode* open = builder.open_flow()) {
                at = open->range;
                message =
                    i18n::message(open->is_seq() ? "yaml.unclosed-list" : "yaml.unclosed-map");
            }
        }
        sink.report(k_syntax, Severity::Error, at,
                    i18n::message("yaml.invalid", fmt::arg("message", message)));
        return std::nullopt;
    } catch (const std::exception& e) {
        sink.report(k_syntax, Severity::Error, point_range(source, 0),
                    i18n::message("yaml.invalid", fmt::arg("message", std::string(e.what()))));
        return std::nullopt;
    }
    return doc;
}

}  // namespace reltheme
