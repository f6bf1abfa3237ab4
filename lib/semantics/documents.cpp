#include "semantics/documents.h"

#include <algorithm>

#include <fmt/format.h>

#include "i18n/messages.h"

namespace reltheme {

bool offered_at(const Document& doc, std::string_view stage_id) {
    return std::any_of(doc.stages.begin(), doc.stages.end(),
                       [&](const Id& s) { return s.value == stage_id; });
}

bool offered_anywhere(const Theme& theme, const Document& doc) {
    return !stages_offering(theme, doc).empty();
}

std::vector<const Document*> documents_at(const Theme& theme, std::string_view stage_id) {
    std::vector<const Document*> out;
    for (const auto& d : theme.documents) {
        if (offered_at(d, stage_id)) out.push_back(&d);
    }
    return out;
}

std::vector<const Stage*> stages_offering(const Theme& theme, const Document& doc) {
    std::vector<const Stage*> out;
    for (const auto& id : doc.stages) {
        const Stage* s = theme.find_stage(id.value);
        if (s && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    return out;
}

std::optional<std::string> not_offered_at(const Theme& theme, const Document& doc,
                                          std::string_view stage_id) {
    if (offered_at(doc, stage_id)) return std::nullopt;
    const std::vector<const Stage*> stages = stages_offering(theme, doc);
    if (stages.empty()) {
        return i18n::message("document.offered-nowhere", fmt::arg("document", doc.id.value),
                             fmt::arg("stage", stage_id));
    }
    std::string list;
    for (const Stage* s : stages) list += (list.empty() ? "" : ", ") + s->id.value;
    return i18n::message(stages.size() == 1 ? "document.offered-at-one" : "document.offered-at",
                         fmt::arg("document", doc.id.value), fmt::arg("stages", list),
                         fmt::arg("stage", stage_id));
}

}  // namespace reltheme
