#pragma once
/// The formats `render` writes, their names (`--to`) and the extensions of
/// the files that get them (`-o`, a site's pages).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace reltheme::render {

enum class Format { Markdown, Html, Mermaid, Dot, Svg };

/// The `--to` names in the order the help lists them: md, html, mermaid, dot, svg.
const std::vector<std::string>& format_names();

/// The format of a `--to` name.
std::optional<Format> format_named(const std::string& name);

/// The format a file's extension names (`.md`, `.markdown`, `.html`, `.htm`,
/// `.mmd`, `.mermaid`, `.dot`, `.gv`, `.svg`).
std::optional<Format> format_of_extension(const std::filesystem::path& p);

/// The extension a format's files get: the usual one (`.md` for Markdown).
std::string extension_of(Format f);

/// ".md, .markdown, .html, ... and .svg", for messages.
std::string extension_list();

}  // namespace reltheme::render
