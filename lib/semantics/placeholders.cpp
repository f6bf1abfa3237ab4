#include "semantics/placeholders.h"

#include <iterator>

#include "semantics/documents.h"

namespace reltheme {
namespace {

constexpr std::string_view k_stage_name = "stage.name";
/// The placeholders of every text, before `stage.name` and the fields.
constexpr std::string_view k_common[] = {"client.name", "deal.manager", "deal.deadline",
                                         "theme.name"};

bool has_stage(const Theme& theme, const PlaceholderContext& where) {
    switch (where.kind) {
        case PlaceholderContext::Kind::ThemeInstruction:
            return false;
        case PlaceholderContext::Kind::StageInstruction:
            return true;
        case PlaceholderContext::Kind::Document:
            return where.document && offered_anywhere(theme, *where.document);
    }
    return false;
}

}  // namespace

std::vector<std::string> placeholders_in(const Theme& theme, const PlaceholderContext& where) {
    std::vector<std::string> names(std::begin(k_common), std::end(k_common));
    if (has_stage(theme, where)) names.emplace_back(k_stage_name);
    for (const auto& f : theme.fields) names.push_back("fields." + f.id.value);
    return names;
}

bool is_stage_placeholder(std::string_view name) {
    return name == k_stage_name;
}

std::optional<std::string> why_no_stage(const Theme& theme, const PlaceholderContext& where) {
    if (has_stage(theme, where)) return std::nullopt;
    if (where.kind == PlaceholderContext::Kind::Document && where.document) {
        return "document \"" + where.document->id.value +
               "\" is offered at no stage, so no stage is known there";
    }
    return "the theme's instruction is read at no stage; stage placeholders exist only in a "
           "stage's instruction and in the templates and emails of documents offered at stages";
}

std::string placeholder_list(const Theme& theme, const PlaceholderContext& where) {
    std::string out;
    for (const std::string_view n : k_common) {
        out += n;
        out += ", ";
    }
    if (has_stage(theme, where)) out += std::string(k_stage_name) + ", ";
    out.resize(out.size() - 2);
    return out + " and fields.<field-id>";
}

std::vector<std::pair<std::string, std::string>> theme_placeholder_values(const Theme& theme,
                                                                          const Stage* stage) {
    std::vector<std::pair<std::string, std::string>> values{{"theme.name", theme.name.value}};
    if (stage) values.emplace_back(std::string(k_stage_name), stage->name.value);
    return values;
}

}  // namespace reltheme
