#include "check/names.h"

namespace reltheme {

std::vector<NamedItem> named_items(const Theme& theme) {
    std::vector<NamedItem> out;
    out.push_back({"theme", &theme.id.value, &theme.name});
    for (const auto& s : theme.stages) out.push_back({"stage", &s.id.value, &s.name});
    for (const auto& o : theme.outcomes) out.push_back({"outcome", &o.id.value, &o.name});
    for (const auto& d : theme.documents) out.push_back({"document", &d.id.value, &d.name});
    for (const auto& f : theme.fields) out.push_back({"field", &f.id.value, &f.name});
    return out;
}

std::string item_label(const NamedItem& item) {
    return std::string(item.kind) + " \"" + *item.id + "\"";
}

}  // namespace reltheme
