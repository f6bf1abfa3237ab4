#pragma once
/// Files compiled into the binary: rule pages (`docs/rules/*.md`, their Russian
/// twins `docs/rules/ru/*.md`) and JSON Schemas (`schemas/*.json`), by their
/// path in the repository.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace reltheme {
namespace embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_files();
}

/// The content of an embedded file, e.g. "schemas/theme.schema.json".
std::optional<std::string_view> embedded_file(std::string_view path);

}  // namespace reltheme
