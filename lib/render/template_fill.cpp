#include "render/template_fill.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <set>

#include "render/escape.h"

namespace reltheme::render {
namespace {

namespace mustache = kainjow::mustache;

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\n");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\n");
    return std::string(s.substr(b, e - b + 1));
}

/// Puts `value` at the dotted `name` inside `object`, making the objects on
/// the way. A name whose prefix already holds a string is left out.
void put(mustache::data& object, std::string_view name, const std::string& value) {
    const auto dot = name.find('.');
    const std::string head(name.substr(0, dot));
    const mustache::data* existing = object.get(head);
    if (dot == std::string_view::npos) {
        if (!existing) object.set(head, mustache::data(value));
        return;
    }
    if (!existing) {
        object.set(head, mustache::data(mustache::data::type::object));
    } else if (!existing->is_object()) {
        return;
    }
    put(object[head], name.substr(dot + 1), value);
}

}  // namespace

std::vector<std::string> template_names(std::string_view text) {
    std::vector<std::string> names;
    std::set<std::string> seen;
    std::size_t pos = 0;
    while ((pos = text.find("{{", pos)) != std::string_view::npos) {
        const bool triple = text.substr(pos, 3) == "{{{";
        const std::string_view close = triple ? "}}}" : "}}";
        const std::size_t start = pos + (triple ? 3 : 2);
        const std::size_t end = text.find(close, start);
        if (end == std::string_view::npos) break;
        std::string content = trim(text.substr(start, end - start));
        pos = end + close.size();
        if (content.empty()) continue;
        const char sigil = content.front();
        if (sigil == '!' || sigil == '>' || sigil == '/' || sigil == '=') continue;
        if (sigil == '#' || sigil == '^' || sigil == '&') content = trim(content.substr(1));
        if (!content.empty() && seen.insert(content).second) names.push_back(content);
    }
    return names;
}

FilledTemplate fill_template(std::string_view text, const TemplateValues& values,
                             ValueEscape escape, bool keep_missing) {
    FilledTemplate result;
    mustache::data root(mustache::data::type::object);
    for (const auto& [name, value] : values) {
        put(root, name, escape == ValueEscape::Markdown ? markdown_escape(value) : value);
    }
    for (const auto& name : template_names(text)) {
        if (values.count(name) != 0 || name == ".") continue;
        result.missing.push_back(name);
        if (keep_missing) put(root, name, "{{" + name + "}}");
    }
    mustache::mustache tmpl{std::string(text)};
    if (!tmpl.is_valid()) {
        result.error = tmpl.error_message();
        result.text = std::string(text);
        return result;
    }
    // Values are escaped above as the output needs; Mustache's HTML escaping is off.
    tmpl.set_custom_escape([](const std::string& s) { return s; });
    result.text = tmpl.render(root);
    return result;
}

}  // namespace reltheme::render
