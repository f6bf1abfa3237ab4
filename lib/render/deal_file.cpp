#include "render/deal_file.h"

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/file_kind.h"
#include "load/node_reader.h"

namespace reltheme::render {
namespace {

using Keys = std::vector<std::string>;

/// A node as a template value; nullopt for a null (a value not given).
std::optional<TemplateValue> value_of(const YNode* n) {
    if (!n || n->is_null()) return std::nullopt;
    if (n->is_scalar()) {
        switch (n->scalar_type()) {
            case ScalarType::Null:
                return std::nullopt;
            case ScalarType::Bool:
                return TemplateValue::of_bool(
                    n->value == "true" || n->value == "True" || n->value == "TRUE", n->value);
            default:
                return TemplateValue::of_text(n->value);
        }
    }
    TemplateValue v;
    if (n->is_seq()) {
        v.kind = TemplateValue::Kind::List;
        for (const YNode* item : n->items) {
            if (auto i = value_of(item)) v.items.push_back(std::move(*i));
        }
        return v;
    }
    for (const auto& [key, value] : n->entries) {
        auto member = value_of(value);
        if (!key->is_scalar() || !member) continue;
        v.keys.push_back(key->value);
        v.members.push_back(std::move(*member));
    }
    return v;
}

}  // namespace

std::optional<DealFile> read_deal_file(const YNode* root, DiagnosticSink& sink) {
    NodeReader r(sink);
    if (!read_marked_root(r, root, FileKind::Deal)) return std::nullopt;
    static const Keys keys = {"reltheme-deal", "client", "deal", "fields", "stage"};
    r.check_keys(*root, keys, kind_subject(FileKind::Deal, "-file"));
    read_marker_version(r, *root, FileKind::Deal);
    static const Keys client_keys = {"name"};
    static const Keys deal_keys = {"manager", "deadline"};
    for (const auto& [key, keys_of] :
         {std::pair{"client", &client_keys}, std::pair{"deal", &deal_keys}}) {
        const YNode* n = root->find(key);
        const auto what = i18n::key_subject(key);
        if (n && !n->is_null() && r.expect_map(n, what)) r.check_keys(*n, *keys_of, what);
    }
    if (const YNode* f = root->find("fields"); f && !f->is_null())
        r.expect_map(f, i18n::key_subject("fields"));
    DealFile deal;
    deal.stage = r.id(root->find("stage"), "stage");
    if (!r.ok() || sink.has_errors()) return std::nullopt;
    for (const auto& [key, value] : root->entries) {
        if (key->value == "reltheme-deal" || key->value == "stage") continue;
        if (auto v = value_of(value)) {
            deal.values.keys.push_back(key->value);
            deal.values.members.push_back(std::move(*v));
        }
    }
    return deal;
}

std::optional<DealFile> parse_deal_file(const SourceText& source, const YamlLimits& limits,
                                        DiagnosticSink& sink) {
    const auto yaml = parse_yaml(source, sink, limits);
    if (!yaml || sink.has_errors()) return std::nullopt;
    return read_deal_file(yaml->root(), sink);
}

}  // namespace reltheme::render
