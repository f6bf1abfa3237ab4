#include "check/names.h"
#include "i18n/messages.h"

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
    const std::string_view kind = item.kind;
    const char* id = kind == "theme"      ? "item.theme"
                     : kind == "stage"    ? "item.stage"
                     : kind == "outcome"  ? "item.outcome"
                     : kind == "document" ? "item.document"
                                          : "item.field";
    return i18n::message(id, fmt::arg("id", *item.id));
}

}  // namespace reltheme
