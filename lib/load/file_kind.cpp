#include "load/file_kind.h"

#include <array>
#include <utility>

namespace reltheme {
namespace {

constexpr std::array<std::pair<std::string_view, FileKind>, 3> k_markers{{
    {"reltheme-scenario", FileKind::Scenario},
    {"reltheme-model", FileKind::Model},
    {"reltheme-deal", FileKind::Deal},
}};

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
        for (const auto& [key, kind] : k_markers) {
            if (!found && l.starts_with(key) && l.substr(key.size()).starts_with(':'))
                found = FileMarker{kind, line, key};
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
    switch (kind) {
        case FileKind::Theme:
            return "theme";
        case FileKind::Scenario:
            return "scenario";
        case FileKind::Model:
            return "model";
        case FileKind::Deal:
            return "deal";
    }
    return "theme";
}

}  // namespace reltheme
