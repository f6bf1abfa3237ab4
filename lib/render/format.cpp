#include "render/format.h"

#include <utility>

namespace reltheme::render {
namespace {

const std::vector<std::pair<std::string, Format>> k_names{{"md", Format::Markdown},
                                                          {"html", Format::Html},
                                                          {"mermaid", Format::Mermaid},
                                                          {"dot", Format::Dot},
                                                          {"svg", Format::Svg}};

/// The extensions that name a format, the usual one first.
const std::vector<std::pair<std::string, Format>> k_extensions{
    {".md", Format::Markdown}, {".markdown", Format::Markdown},
    {".html", Format::Html},   {".htm", Format::Html},
    {".mmd", Format::Mermaid}, {".mermaid", Format::Mermaid},
    {".dot", Format::Dot},     {".gv", Format::Dot},
    {".svg", Format::Svg}};

}  // namespace

const std::vector<std::string>& format_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& [name, format] : k_names) out.push_back(name);
        return out;
    }();
    return names;
}

std::optional<Format> format_named(const std::string& name) {
    for (const auto& [n, f] : k_names) {
        if (n == name) return f;
    }
    return std::nullopt;
}

std::optional<Format> format_of_extension(const std::filesystem::path& p) {
    const std::string ext = p.extension().string();
    for (const auto& [e, f] : k_extensions) {
        if (e == ext) return f;
    }
    return std::nullopt;
}

std::string extension_of(Format f) {
    for (const auto& [e, format] : k_extensions) {
        if (format == f) return e;
    }
    return "";
}

std::string extension_list() {
    std::string out;
    for (std::size_t i = 0; i < k_extensions.size(); ++i) {
        if (i > 0) out += i + 1 == k_extensions.size() ? " and " : ", ";
        out += k_extensions[i].first;
    }
    return out;
}

}  // namespace reltheme::render
