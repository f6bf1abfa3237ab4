#include "semantics/placeholders.h"

#include <iterator>

#include "semantics/documents.h"

namespace reltheme {
namespace {

constexpr std::string_view k_stage_name = "stage.name";
/// The placeholders of every text, before `stage.name` and the fields.
constexpr std::string_view k_common[] = {"client.name", "deal.manager", "deal.deadline",
                                         "theme.name"};

}  // namespace

bool stage_known(const Theme& theme, const PlaceholderContext& where) {
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

std::vector<std::string> placeholders_in(const Theme& theme, const PlaceholderContext& where) {
    std::vector<std::string> names(std::begin(k_common), std::end(k_common));
    if (stage_known(theme, where)) names.emplace_back(k_stage_name);
    for (const auto& f : theme.fields) names.push_back("fields." + f.id.value);
    return names;
}

bool is_stage_placeholder(std::string_view name) {
    return name == k_stage_name;
}

std::vector<std::pair<std::string, std::string>> theme_placeholder_values(const Theme& theme,
                                                                          const Stage* stage) {
    std::vector<std::pair<std::string, std::string>> values{{"theme.name", theme.name.value}};
    if (stage) values.emplace_back(std::string(k_stage_name), stage->name.value);
    return values;
}

}  // namespace reltheme
