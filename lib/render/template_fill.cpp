#include "render/template_fill.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "load/yaml_doc.h"
#include "render/escape.h"
#include "util/file.h"

namespace reltheme::render {
namespace {

namespace mustache = kainjow::mustache;

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\n");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\n");
    return std::string(s.substr(b, e - b + 1));
}

/// Marks a missing variable in the rendered text; replaced by its tag (or
/// nothing) afterwards, so only the variables the text really shows count.
/// Values never hold the marker's first byte (see `Conversion::text`).
constexpr char k_marker = '\x1e';
std::string marker(std::size_t index) {
    return fmt::format("{}{}\x1f", k_marker, index);
}

struct Conversion {
    const std::vector<TemplateName>& names;
    ValueEscape escape;

    /// Names written only as variables: there a list reads as its items
    /// joined and a yes/no as written.
    bool variable_only(const std::optional<std::string>& path) const {
        if (!path) return false;
        const auto it = std::find_if(names.begin(), names.end(),
                                     [&](const TemplateName& n) { return n.name == *path; });
        return it != names.end() && it->variable && it->section == '\0';
    }

    std::string text(std::string s) const {
        // A control character, shown as U+FFFD wherever a page is written.
        for (std::size_t at = s.find(k_marker); at != std::string::npos; at = s.find(k_marker, at))
            s.replace(at, 1, "\xEF\xBF\xBD");
        return escape == ValueEscape::Markdown ? markdown_escape(s) : s;
    }

    /// `path` is the dotted name from the top; nullopt inside a list's items,
    /// whose names are looked up from the item first.
    mustache::data operator()(const TemplateValue& v,
                              const std::optional<std::string>& path) const {
        switch (v.kind) {
            case TemplateValue::Kind::Text:
                // An empty text shows as nothing and is false for a section.
                return v.text.empty() ? mustache::data(false) : mustache::data(text(v.text));
            case TemplateValue::Kind::Bool:
                if (variable_only(path)) return mustache::data(text(v.text));
                return mustache::data(v.flag);
            case TemplateValue::Kind::List: {
                const bool scalars =
                    std::all_of(v.items.begin(), v.items.end(), [](const TemplateValue& i) {
                        return i.kind == TemplateValue::Kind::Text ||
                               i.kind == TemplateValue::Kind::Bool;
                    });
                if (scalars && variable_only(path)) {
                    std::string joined;
                    for (const auto& i : v.items) joined += (joined.empty() ? "" : ", ") + i.text;
                    return joined.empty() ? mustache::data(false) : mustache::data(text(joined));
                }
                mustache::data list(mustache::data::type::list);
                for (const auto& i : v.items) list.push_back((*this)(i, std::nullopt));
                return list;
            }
            case TemplateValue::Kind::Map: {
                mustache::data object(mustache::data::type::object);
                for (std::size_t i = 0; i < v.keys.size(); ++i) {
                    std::optional<std::string> inner;
                    if (path) inner = path->empty() ? v.keys[i] : *path + "." + v.keys[i];
                    object.set(v.keys[i], (*this)(v.members[i], inner));
                }
                return object;
            }
        }
        return {};
    }
};

/// Whether a value can be put at a dotted name: every prefix that exists is
/// a mapping.
bool can_set(const TemplateValue& values, std::string_view dotted) {
    const TemplateValue* at = &values;
    while (at) {
        if (at->kind != TemplateValue::Kind::Map) return false;
        const auto dot = dotted.find('.');
        if (dot == std::string_view::npos) return true;
        at = at->find(dotted.substr(0, dot));
        dotted.remove_prefix(dot + 1);
    }
    return true;
}

/// Puts `value` at a dotted name of converted data (after `can_set`).
void put(mustache::data& object, std::string_view dotted, const mustache::data& value) {
    mustache::data* at = &object;
    while (true) {
        const auto dot = dotted.find('.');
        const std::string head(dotted.substr(0, dot));
        if (dot == std::string_view::npos) {
            at->set(head, value);
            return;
        }
        const mustache::data* existing = at->get(head);
        // A name under one already put as a value (`{{a}}`, then `{{a.b}}`,
        // both missing): `a` stays the value, nothing goes under it.
        if (existing && !existing->is_object()) return;
        if (!existing) at->set(head, mustache::data(mustache::data::type::object));
        at = &(*at)[head];
        dotted.remove_prefix(dot + 1);
    }
}

/// Mustache's standalone rule for section tags: a line holding only
/// `{{#x}}`, `{{^x}}` or `{{/x}}` (and blanks) leaves no trace in the
/// output. The library applies it to the sections it renders but keeps the
/// line break of one it leaves out, so such lines lose their blanks and line
/// break here, before rendering, unless a blank line follows. A template
/// that changes its delimiters is left as written.
std::string without_standalone_section_lines(std::string_view text) {
    if (text.find("{{=") != std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eol = text.find('\n', pos);
        const std::size_t end = eol == std::string_view::npos ? text.size() : eol;
        std::string_view line = text.substr(pos, end - pos);
        if (line.ends_with('\r')) line.remove_suffix(1);
        const std::string_view inner = [&] {
            const auto b = line.find_first_not_of(" \t");
            const auto e = line.find_last_not_of(" \t");
            return b == std::string_view::npos ? std::string_view() : line.substr(b, e - b + 1);
        }();
        const bool standalone = eol != std::string_view::npos && inner.size() > 5 &&
                                inner.starts_with("{{") && inner.ends_with("}}") &&
                                (inner[2] == '#' || inner[2] == '^' || inner[2] == '/') &&
                                inner.find("}}") == inner.size() - 2;
        // Joined to the next line, a tag before a blank line would look
        // standalone to the library, which then drops that blank line: such
        // a tag keeps its line (a left-out section then leaves one line break).
        const auto next_blank = [&] {
            const std::size_t from = eol + 1;
            if (from >= text.size()) return false;
            const std::size_t next_end = std::min(text.find('\n', from), text.size());
            return text.substr(from, next_end - from).find_first_not_of(" \t\r") ==
                   std::string_view::npos;
        };
        if (standalone && !next_blank()) {
            out += inner;
        } else {
            out += text.substr(pos, (eol == std::string_view::npos ? end : eol + 1) - pos);
        }
        pos = eol == std::string_view::npos ? text.size() : eol + 1;
    }
    return out;
}

/// A template as the library reads it, for counting what filling it costs.
struct CostNode {
    enum class Kind { Text, Variable, Section, Inverted };
    Kind kind = Kind::Text;
    std::string name;
    std::size_t bytes = 0;  ///< Text: its length
    std::vector<CostNode> children;
};

/// Parses tags as the library does (`{{x}}`, `{{{x}}}`, `{{&x}}`, sections,
/// comments, partials, `{{=<% %>=}}`); nullopt when the template is not valid,
/// which the library then reports.
std::optional<std::vector<CostNode>> cost_tree(std::string_view text) {
    std::vector<std::vector<CostNode>> open(1);
    std::vector<std::string> open_names;
    std::string left = "{{", right = "}}";
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t at = text.find(left, pos);
        const std::size_t text_end = at == std::string_view::npos ? text.size() : at;
        if (text_end > pos) open.back().push_back({CostNode::Kind::Text, {}, text_end - pos, {}});
        if (at == std::string_view::npos) break;
        std::size_t start = at + left.size();
        const bool triple = left == "{{" && start < text.size() && text[start] == '{';
        const std::size_t end = text.find(triple ? "}" + right : right, start);
        if (end == std::string_view::npos) return std::nullopt;
        std::string content =
            trim(text.substr(start + (triple ? 1 : 0), end - start - (triple ? 1 : 0)));
        pos = end + right.size() + (triple ? 1 : 0);
        if (content.empty()) return std::nullopt;
        // `<%{x}%>`: the triple form under other delimiters.
        const bool braced =
            !triple && content.size() > 2 && content.front() == '{' && content.back() == '}';
        if (braced) content = "&" + trim(std::string_view(content).substr(1, content.size() - 2));
        const char sigil = triple ? '&' : content.front();
        if (sigil == '!') continue;
        if (sigil == '=') {
            if (content.size() < 3 || content.back() != '=') return std::nullopt;
            const std::string inner = trim(std::string_view(content).substr(1, content.size() - 2));
            const auto space = inner.find_first_of(" \t");
            if (space == std::string::npos) return std::nullopt;
            left = inner.substr(0, space);
            right = trim(std::string_view(inner).substr(space));
            if (left.empty() || right.empty()) return std::nullopt;
            continue;
        }
        std::string name = sigil == '#' || sigil == '^' || sigil == '/' || sigil == '>' ||
                                   (sigil == '&' && !triple)
                               ? trim(std::string_view(content).substr(1))
                               : content;
        if (sigil == '>') continue;  // no partials: they render nothing
        if (sigil == '#' || sigil == '^') {
            open_names.push_back(name);
            open.back().push_back(
                {sigil == '#' ? CostNode::Kind::Section : CostNode::Kind::Inverted, name, 0, {}});
            open.emplace_back();
        } else if (sigil == '/') {
            if (open_names.empty() || open_names.back() != name) return std::nullopt;
            open_names.pop_back();
            std::vector<CostNode> body = std::move(open.back());
            open.pop_back();
            open.back().back().children = std::move(body);
        } else {
            open.back().push_back({CostNode::Kind::Variable, name, 0, {}});
        }
    }
    if (!open_names.empty()) return std::nullopt;
    return std::move(open.front());
}

/// Counts the bytes a filling writes and the tags it visits, as the library
/// would fill the template, and stops at the first limit.
struct CostCounter {
    std::size_t max_bytes;
    std::uint64_t max_steps;
    std::size_t marker_bytes;  ///< the most a missing variable's marker becomes
    std::uint64_t bytes = 0, steps = 0;
    std::vector<const mustache::data*> stack;

    bool over() const { return bytes > max_bytes || steps > max_steps; }

    /// The library's lookup: `.` is the innermost value; a dotted name is
    /// looked for whole in each value from the innermost out.
    const mustache::data* lookup(const std::string& name) const {
        if (name == ".") return stack.back();
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            const mustache::data* at = *it;
            std::size_t from = 0;
            while (at) {
                const std::size_t dot = name.find('.', from);
                at = at->get(name.substr(from, dot == std::string::npos ? dot : dot - from));
                if (dot == std::string::npos) break;
                from = dot + 1;
            }
            if (at) return at;
        }
        return nullptr;
    }

    bool walk(const std::vector<CostNode>& nodes) {
        for (const auto& n : nodes) {
            ++steps;
            if (over()) return false;
            switch (n.kind) {
                case CostNode::Kind::Text:
                    bytes += n.bytes;
                    break;
                case CostNode::Kind::Variable:
                    if (const auto* v = lookup(n.name); v && v->is_string()) {
                        const std::string& s = v->string_value();
                        bytes += !s.empty() && s.front() == k_marker
                                     ? std::max(s.size(), marker_bytes)
                                     : s.size();
                    }
                    break;
                case CostNode::Kind::Section:
                case CostNode::Kind::Inverted: {
                    const auto* v = lookup(n.name);
                    const bool is_false = !v || v->is_false() || v->is_empty_list();
                    if ((n.kind == CostNode::Kind::Section) == is_false) break;
                    if (v && v->is_non_empty_list()) {
                        for (const auto& item : v->list_value()) {
                            stack.push_back(&item);
                            const bool ok = walk(n.children);
                            stack.pop_back();
                            if (!ok) return false;
                        }
                    } else {
                        if (v) stack.push_back(v);
                        const bool ok = walk(n.children);
                        if (v) stack.pop_back();
                        if (!ok) return false;
                    }
                    break;
                }
            }
        }
        return !over();
    }
};

}  // namespace

TemplateValue TemplateValue::of_text(std::string text) {
    TemplateValue v;
    v.kind = Kind::Text;
    v.text = std::move(text);
    return v;
}

TemplateValue TemplateValue::of_bool(bool flag, std::string written) {
    TemplateValue v;
    v.kind = Kind::Bool;
    v.flag = flag;
    v.text = std::move(written);
    return v;
}

const TemplateValue* TemplateValue::find(std::string_view dotted) const {
    const TemplateValue* at = this;
    while (at) {
        const auto dot = dotted.find('.');
        const std::string_view head = dotted.substr(0, dot);
        if (at->kind != Kind::Map) return nullptr;
        const auto it = std::find(at->keys.begin(), at->keys.end(), head);
        if (it == at->keys.end()) return nullptr;
        at = &at->members[static_cast<std::size_t>(it - at->keys.begin())];
        if (dot == std::string_view::npos) return at;
        dotted.remove_prefix(dot + 1);
    }
    return nullptr;
}

void TemplateValue::set(std::string_view dotted, TemplateValue value) {
    if (kind != Kind::Map) return;
    const auto dot = dotted.find('.');
    const std::string head(dotted.substr(0, dot));
    auto it = std::find(keys.begin(), keys.end(), head);
    if (it == keys.end()) {
        if (dot == std::string_view::npos) {
            keys.push_back(head);
            members.push_back(std::move(value));
            return;
        }
        keys.push_back(head);
        members.emplace_back();  // a mapping
        it = keys.end() - 1;
    } else if (dot == std::string_view::npos) {
        return;
    }
    members[static_cast<std::size_t>(it - keys.begin())].set(dotted.substr(dot + 1),
                                                             std::move(value));
}

std::vector<TemplateName> template_names(std::string_view text) {
    std::vector<TemplateName> names;
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
        if (content.empty()) continue;
        auto it = std::find_if(names.begin(), names.end(),
                               [&](const TemplateName& n) { return n.name == content; });
        if (it == names.end()) {
            names.push_back({content, false, '\0'});
            it = names.end() - 1;
        }
        if (sigil == '#' || sigil == '^') {
            if (it->section == '\0') it->section = sigil;
        } else {
            it->variable = true;
        }
    }
    return names;
}

FilledTemplate fill_template(std::string_view text, const TemplateValue& values, ValueEscape escape,
                             bool keep_missing) {
    FilledTemplate result;
    const std::vector<TemplateName> names = template_names(text);
    mustache::data root = Conversion{names, escape}(values, std::string());
    // A missing variable gets a marker, a missing section nothing (so false).
    struct Missing {
        std::string name;
        bool marked = false;
        bool shown = false;
    };
    std::vector<Missing> missing;
    for (const auto& n : names) {
        if (n.name == "." || values.find(n.name)) continue;
        if (n.section != '\0') {
            result.missing_sections.push_back(std::string(1, n.section) + n.name);
            continue;
        }
        Missing m{n.name};
        if (can_set(values, n.name)) {
            put(root, n.name, mustache::data(marker(missing.size())));
            m.marked = true;
        }
        missing.push_back(std::move(m));
    }
    const std::string prepared = without_standalone_section_lines(text);
    // The library builds each line whole in memory: count first what filling
    // it writes and visits (a 2 MB line of {{theme.name}} with a 2 MB name
    // asks for 4 TB, sections over lists nested three deep loop for hours).
    if (const auto tree = cost_tree(prepared)) {
        std::size_t longest_tag = 0;
        for (const auto& m : missing) longest_tag = std::max(longest_tag, m.name.size() + 4);
        CostCounter counter{max_filled_bytes(), k_max_fill_steps, longest_tag, 0, 0, {&root}};
        if (!counter.walk(*tree)) {
            result.too_large = true;
            result.error = counter.bytes > counter.max_bytes
                               ? fmt::format(
                                     "filling in its placeholders would write more than {} bytes, "
                                     "the limit on a filled text",
                                     counter.max_bytes)
                               : fmt::format(
                                     "filling in its placeholders would take more than {} steps "
                                     "(sections over lists repeat their contents per item)",
                                     k_max_fill_steps);
            result.text = std::string(text);
            return result;
        }
    }
    mustache::mustache tmpl{prepared};
    if (!tmpl.is_valid()) {
        result.error = tmpl.error_message();
        result.text = std::string(text);
        return result;
    }
    // Values are escaped above as the output needs; Mustache's HTML escaping is off.
    tmpl.set_custom_escape([](const std::string& s) { return s; });
    std::string out = tmpl.render(root);
    for (std::size_t i = 0; i < missing.size(); ++i) {
        if (!missing[i].marked) continue;
        const std::string m = marker(i);
        const std::string tag = keep_missing ? "{{" + missing[i].name + "}}" : std::string();
        for (std::size_t at = out.find(m); at != std::string::npos; at = out.find(m, at)) {
            out.replace(at, m.size(), tag);
            at += tag.size();
            missing[i].shown = true;
        }
    }
    // Listed: the variables the text shows, and those that could not be
    // marked (under a value that is not a mapping).
    for (const auto& m : missing) {
        if (m.shown || !m.marked) result.missing.push_back(m.name);
    }
    result.text = std::move(out);
    return result;
}

std::size_t max_filled_bytes() {
    return std::max(YamlLimits::from_environment().max_bytes, k_max_referenced_file_bytes);
}

}  // namespace reltheme::render
