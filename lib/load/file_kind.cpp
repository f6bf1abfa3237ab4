#include "load/file_kind.h"

#include <array>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/rule_ids.h"

namespace reltheme {
namespace {

struct KindInfo {
    FileKind kind;
    std::string_view key;   ///< the marker key
    std::string_view name;  ///< for messages
};

/// Themes first; the others are the marked kinds.
constexpr std::array<KindInfo, 4> k_kinds{{
    {FileKind::Theme, "reltheme", "theme"},
    {FileKind::Scenario, "reltheme-scenario", "scenario"},
    {FileKind::Model, "reltheme-model", "model"},
    {FileKind::Deal, "reltheme-deal", "deal"},
}};

const KindInfo& info(FileKind kind) {
    for (const auto& k : k_kinds) {
        if (k.kind == kind) return k;
    }
    return k_kinds.front();
}

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

}  // namespace

std::optional<FileMarker> file_marker(std::string_view text) {
    if (text.starts_with(k_bom)) text.remove_prefix(k_bom.size());
    std::optional<FileMarker> found;
    int line = 1;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view l = text.substr(pos, end - pos);
        if (l.starts_with("reltheme:")) return std::nullopt;
        for (const auto& k : k_kinds) {
            if (k.kind == FileKind::Theme || found) continue;
            if (l.starts_with(k.key) && l.substr(k.key.size()).starts_with(':'))
                found = FileMarker{k.kind, line, k.key};
        }
        pos = end + 1;
        ++line;
    }
    return found;
}

FileKind file_kind(std::string_view text) {
    const auto marker = file_marker(text);
    return marker ? marker->kind : FileKind::Theme;
}

std::string_view kind_name(FileKind kind) {
    return info(kind).name;
}

std::string_view marker_key(FileKind kind) {
    return info(kind).key;
}

i18n::Subject kind_subject(FileKind kind, std::string_view form) {
    return i18n::subject(fmt::format("subject.{}{}", kind_name(kind), form));
}

bool read_marked_root(NodeReader& r, const YNode* root, FileKind kind) {
    if (!root || root->is_null() || (root->is_scalar() && root->value.empty())) {
        r.error(Range{{1, 1}, {1, 2}},
                i18n::message(
                    "schema.empty-marked", fmt::arg("what", kind_subject(kind).prepositional),
                    fmt::arg("needs", i18n::message(fmt::format("needs.{}", kind_name(kind))))));
        return false;
    }
    return r.expect_map(root, kind_subject(kind, "-file"));
}

void read_marker_version(NodeReader& r, const YNode& root, FileKind kind) {
    const std::string_view key = marker_key(kind);
    if (!r.require(root, key, kind_subject(kind, "-the"))) return;
    r.format_version(root.find(key), key, kind_subject(kind, "-version"));
}

}  // namespace reltheme
