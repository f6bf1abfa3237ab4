#include "util/embedded.h"

namespace reltheme {

std::optional<std::string_view> embedded_file(std::string_view path) {
    for (const auto& [name, content] : embedded::embedded_files()) {
        if (name == path) return content;
    }
    return std::nullopt;
}

}  // namespace reltheme
