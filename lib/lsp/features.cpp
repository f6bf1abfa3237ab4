#include "lsp/features.h"

#include <algorithm>
#include <optional>
#include <regex>

#include <fmt/format.h>

#include "check/fixer.h"
#include "check/policy.h"
#include "check/rule_ids.h"
#include "i18n/messages.h"
#include "load/node_reader.h"
#include "load/theme_files.h"
#include "load/theme_loader.h"
#include "render/language.h"
#include "semantics/placeholders.h"
#include "util/embedded.h"
#include "util/markup.h"
#include "util/uri.h"
#include "util/utf8.h"

namespace reltheme::lsp {
namespace {

// LSP's SymbolKind and CompletionItemKind values used here.
constexpr int k_symbol_namespace = 3;
constexpr int k_symbol_class = 5;
constexpr int k_symbol_field = 8;
constexpr int k_symbol_file = 1;
constexpr int k_symbol_enum_member = 22;
constexpr int k_completion_property = 10;
constexpr int k_completion_value = 12;

/// Lines longer than this are not read for completion (std::regex recurses
/// over its input).
constexpr std::size_t k_longest_line = 4096;

/// One place an id is written: where it is defined, or a reference to it.
struct Occurrence {
    IdKind kind;
    const Id* id;
    bool definition;
};

std::vector<Occurrence> occurrences(const Theme& t) {
    std::vector<Occurrence> out;
    for (const Stage& s : t.stages) {
        out.push_back({IdKind::Stage, &s.id, true});
        for (const Transition& n : s.next) out.push_back({IdKind::Stage, &n.to, false});
        for (const Id& f : s.requires_fields) out.push_back({IdKind::Field, &f, false});
    }
    for (const Document& d : t.documents) {
        out.push_back({IdKind::Document, &d.id, true});
        for (const Id& s : d.stages) out.push_back({IdKind::Stage, &s, false});
    }
    for (const Outcome& o : t.outcomes) out.push_back({IdKind::Outcome, &o.id, true});
    for (const Field& f : t.fields) out.push_back({IdKind::Field, &f.id, true});
    return out;
}

/// Whether `p` is in `r` or just after it (the cursor at a word's end).
bool touches(const Range& r, const Position& p) {
    return r.valid() && !(p < r.begin) && !(r.end < p);
}

std::optional<Occurrence> occurrence_at(const View& view, TextPosition at) {
    const Theme* t = view.theme();
    if (!t) return std::nullopt;
    const Position p = view.from_lsp(at);
    for (const Occurrence& o : occurrences(*t)) {
        if (!o.id->value.empty() && touches(o.id->range, p)) return o;
    }
    return std::nullopt;
}

std::vector<const Id*> same_id(const Theme& t, const Occurrence& o, bool declaration) {
    std::vector<const Id*> out;
    for (const Occurrence& x : occurrences(t)) {
        if (x.kind != o.kind || x.id->value != o.id->value) continue;
        if (x.definition && !declaration) continue;
        out.push_back(x.id);
    }
    return out;
}

Json location(const View& view, const Range& r) {
    return Json{{"uri", view.doc().uri()}, {"range", to_json(view.to_lsp(r))}};
}

Json text_edit(const TextRange& r, const std::string& text) {
    return Json{{"range", to_json(r)}, {"newText", text}};
}

Json workspace_edit(const View& view, Json edits) {
    return Json{{"changes", {{view.doc().uri(), std::move(edits)}}}};
}

/// The comment that silences `rule` on the line of `d`: the rule added to a
/// suppression on that line or on a comment line above, else a new comment
/// line above it at its indentation.
Json ignore_edit(const View& view, const Diagnostic& d) {
    const SourceText& src = view.source();
    const int line = d.range.begin.line;
    for (const Suppression& s : find_suppressions(src)) {
        if (s.line != line && s.line != line - 1) continue;
        if (!s.problem.empty()) continue;
        if (s.line == line - 1) {
            // Only a comment standing alone on its line speaks for the next.
            const std::string_view text = src.line(s.line);
            if (text.find_first_not_of(" \t") != text.find('#')) continue;
        }
        const std::string_view text = src.line(s.line);
        const std::size_t marker = text.find(k_suppression_marker);
        const std::size_t close = text.find(']', marker);
        const int column = static_cast<int>(utf8_length(text.substr(0, close))) + 1;
        const Range at{{s.line, column}, {s.line, column}};
        return text_edit(view.to_lsp(at), ", " + d.rule);
    }
    const std::string_view text = src.line(line);
    const std::size_t indent = std::min(text.find_first_not_of(" \t"), text.size());
    const Range at{{line, 1}, {line, 1}};
    return text_edit(view.to_lsp(at), fmt::format("{}# {}[{}]\n", text.substr(0, indent),
                                                  k_suppression_marker, d.rule));
}

}  // namespace

std::vector<Json> fix_actions(const View& view, const Diagnostic& d, const Json& published,
                              bool suppressible) {
    std::vector<Json> out;
    const Json diagnostics = Json::array({published});
    if (d.fix && d.fix->range.valid()) {
        const std::string title = fix_title(*d.fix);
        Json edit = workspace_edit(
            view, Json::array({text_edit(view.to_lsp(d.fix->range), d.fix->replacement)}));
        out.push_back({{"title", title},
                       {"kind", "quickfix"},
                       {"diagnostics", diagnostics},
                       {"isPreferred", d.fix->safe},
                       {"edit", std::move(edit)}});
    }
    if (suppressible && !d.rule.empty() && d.rule != rule_id::k_unused_suppression &&
        d.range.valid()) {
        out.push_back({{"title", i18n::message("lsp.ignore", fmt::arg("rule", d.rule))},
                       {"kind", "quickfix"},
                       {"diagnostics", diagnostics},
                       {"edit", workspace_edit(view, Json::array({ignore_edit(view, d)}))}});
    }
    return out;
}

namespace {

/// `r` grown to take in `part`, and the parts of `item` (a node's range
/// covers its first line only when it is a block mapping).
Range span(Range r, const Range& part) {
    if (!r.valid()) return part;
    if (!part.valid()) return r;
    if (part.begin < r.begin) r.begin = part.begin;
    if (r.end < part.end) r.end = part.end;
    return r;
}

Range extent(const Stage& s) {
    Range r = span(span(s.range, s.id.range), s.name.range);
    if (s.deadline) r = span(r, s.deadline->range);
    if (s.instruction) r = span(r, s.instruction->range);
    if (s.probability) r = span(r, s.probability->range);
    if (s.role) r = span(r, s.role->range);
    if (s.result) r = span(r, s.result->range);
    if (s.next_range) r = span(r, *s.next_range);
    for (const Transition& t : s.next) r = span(r, t.range);
    for (const Id& f : s.requires_fields) r = span(r, f.range);
    for (const Id& f : s.formerly) r = span(r, f.range);
    return r;
}

Range extent(const Outcome& o) {
    Range r = span(span(o.range, o.id.range), o.name.range);
    if (o.result) r = span(r, o.result->range);
    if (o.comment) r = span(r, o.comment->range);
    for (const Id& f : o.formerly) r = span(r, f.range);
    return r;
}

Range extent(const Document& d) {
    Range r = span(span(span(d.range, d.id.range), d.name.range), d.kind.range);
    if (d.template_path) r = span(r, d.template_path->range);
    if (d.stages_range) r = span(r, *d.stages_range);
    for (const Id& s : d.stages) r = span(r, s.range);
    if (d.email) r = span(r, d.email->range);
    return r;
}

Range extent(const Field& f) {
    Range r = span(span(span(f.range, f.id.range), f.name.range), f.type.range);
    for (const auto& o : f.options) r = span(r, o.range);
    for (const Id& x : f.formerly) r = span(r, x.range);
    return r;
}

}  // namespace

Json document_symbols(const View& view) {
    Json out = Json::array();
    const Theme* t = view.theme();
    if (!t) return out;
    const auto symbol = [&](const Id& id, const std::string& detail, const Range& range, int kind) {
        const Range whole = span(range, id.range);
        Json s{{"name", id.value},
               {"kind", kind},
               {"range", to_json(view.to_lsp(whole))},
               {"selectionRange", to_json(view.to_lsp(id.range))}};
        if (!detail.empty()) s["detail"] = detail;
        return s;
    };
    const auto group = [&](const char* name, Json children, const Range& first, const Range& last) {
        if (children.empty()) return;
        const TextRange r{view.to_lsp(first).start, view.to_lsp(last).end};
        out.push_back({{"name", name},
                       {"kind", k_symbol_namespace},
                       {"range", to_json(r)},
                       {"selectionRange", to_json(r)},
                       {"children", std::move(children)}});
    };
    Json stages = Json::array();
    for (const Stage& s : t->stages)
        stages.push_back(symbol(s.id, s.name.value, extent(s), k_symbol_class));
    if (!t->stages.empty())
        group("stages", std::move(stages), extent(t->stages.front()), extent(t->stages.back()));
    Json outcomes = Json::array();
    for (const Outcome& o : t->outcomes)
        outcomes.push_back(symbol(o.id, o.name.value, extent(o), k_symbol_enum_member));
    if (!t->outcomes.empty())
        group("outcomes", std::move(outcomes), extent(t->outcomes.front()),
              extent(t->outcomes.back()));
    Json documents = Json::array();
    for (const Document& d : t->documents)
        documents.push_back(symbol(d.id, d.name.value, extent(d), k_symbol_file));
    if (!t->documents.empty())
        group("documents", std::move(documents), extent(t->documents.front()),
              extent(t->documents.back()));
    Json fields = Json::array();
    for (const Field& f : t->fields)
        fields.push_back(symbol(f.id, f.name.value, extent(f), k_symbol_field));
    if (!t->fields.empty())
        group("fields", std::move(fields), extent(t->fields.front()), extent(t->fields.back()));
    return out;
}

namespace {

std::string stage_hover(const Stage& s) {
    std::string text = i18n::message("lsp.hover.stage", fmt::arg("name", s.name.value),
                                     fmt::arg("id", s.id.value));
    text += "\n\n";
    text += s.deadline
                ? i18n::message("lsp.hover.deadline",
                                fmt::arg("deadline", render::duration_words(s.deadline->value,
                                                                            i18n::current_lang())))
                : i18n::message("lsp.hover.no-deadline");
    text += "\n\n";
    if (s.is_final()) {
        text += i18n::message("lsp.hover.final");
    } else {
        std::string next;
        for (const Transition& n : s.next)
            next += (next.empty() ? "" : ", ") + ("`" + n.to.value + "`");
        text += i18n::message("lsp.hover.next", fmt::arg("stages", next));
    }
    return text;
}

/// The duration written under `p`: a stage's deadline or the theme's
/// `max_duration`.
const Located<Duration>* duration_at(const Theme& t, const Position& p) {
    if (t.max_duration && touches(t.max_duration->range, p)) return &*t.max_duration;
    for (const Stage& s : t.stages) {
        if (s.deadline && touches(s.deadline->range, p)) return &*s.deadline;
    }
    return nullptr;
}

/// The rule id of a suppression comment under `p`, and its range.
std::optional<std::pair<std::string, Range>> suppressed_rule_at(const SourceText& src,
                                                                const Position& p) {
    if (!may_hold_suppressions(src.text())) return std::nullopt;
    for (const Suppression& s : find_suppressions(src)) {
        if (s.line != p.line) continue;
        const std::string_view text = src.line(s.line);
        const std::size_t marker = text.find(k_suppression_marker);
        const std::size_t open = text.find('[', marker);
        const std::size_t close = open == text.npos ? text.npos : text.find(']', open);
        if (close == text.npos) continue;
        std::size_t at = open + 1;
        while (at < close) {
            std::size_t end = text.find(',', at);
            if (end == text.npos || end > close) end = close;
            std::size_t b = at;
            std::size_t e = end;
            while (b < e && text[b] == ' ') ++b;
            while (e > b && text[e - 1] == ' ') --e;
            const Range r{{s.line, static_cast<int>(utf8_length(text.substr(0, b))) + 1},
                          {s.line, static_cast<int>(utf8_length(text.substr(0, e))) + 1}};
            if (e > b && touches(r, p)) return std::pair{std::string(text.substr(b, e - b)), r};
            at = end + 1;
        }
    }
    return std::nullopt;
}

Json markdown(const std::string& text, const TextRange& r) {
    return Json{{"contents", {{"kind", "markdown"}, {"value", text}}}, {"range", to_json(r)}};
}

}  // namespace

namespace {
Json placeholder_hover(const View& view, TextPosition at);
Json id_hover(const Theme& t, IdKind kind, const std::string& id, const TextRange& r);
}  // namespace

Json hover(const View& view, TextPosition at, const RuleText& summary, const RuleText& help_uri) {
    const Position p = view.from_lsp(at);
    if (Json h = placeholder_hover(view, at); !h.is_null()) return h;
    if (const auto rule = suppressed_rule_at(view.source(), p)) {
        const std::string s = summary ? summary(rule->first) : std::string();
        if (s.empty()) return nullptr;
        std::string text =
            i18n::message("lsp.hover.rule", fmt::arg("rule", rule->first), fmt::arg("summary", s));
        if (help_uri) text += fmt::format("\n\n[{}]({})", rule->first, help_uri(rule->first));
        return markdown(text, view.to_lsp(rule->second));
    }
    if (const Theme* t = view.theme()) {
        if (const Located<Duration>* d = duration_at(*t, p)) {
            return markdown(render::duration_words(d->value, i18n::current_lang()),
                            view.to_lsp(d->range));
        }
    }
    const auto o = occurrence_at(view, at);
    if (!o) return nullptr;
    return id_hover(*view.theme(), o->kind, o->id->value, view.to_lsp(o->id->range));
}

namespace {

/// Hover over an id of `t` written at `r`: a stage's name, deadline and where
/// it leads, another item's name; null when `t` does not define it.
Json id_hover(const Theme& t, IdKind kind, const std::string& id, const TextRange& r) {
    switch (kind) {
        case IdKind::Stage:
            if (const Stage* s = t.find_stage(id)) return markdown(stage_hover(*s), r);
            break;
        case IdKind::Field:
            if (const Field* f = t.find_field(id)) {
                return markdown(
                    i18n::message("lsp.hover.field", fmt::arg("name", f->name.value),
                                  fmt::arg("id", id), fmt::arg("type", to_string(f->type.value))),
                    r);
            }
            break;
        case IdKind::Outcome:
            if (const Outcome* x = t.find_outcome(id)) {
                return markdown(i18n::message("lsp.hover.outcome", fmt::arg("name", x->name.value),
                                              fmt::arg("id", id)),
                                r);
            }
            break;
        case IdKind::Document:
            if (const Document* d = t.find_document(id)) {
                return markdown(i18n::message("lsp.hover.document", fmt::arg("name", d->name.value),
                                              fmt::arg("id", id)),
                                r);
            }
            break;
    }
    return nullptr;
}

}  // namespace

namespace {

/// The file a path under `at` names (a document's `template`, an email's
/// `body`, the theme's `instruction_file`), resolved as the checks resolve
/// it (load/theme_files.h), as a Location at its start; null when there is
/// no path there or it names no file the checks would read.
Json file_definition(const View& view, TextPosition at) {
    const Theme* t = view.theme();
    if (!t) return nullptr;
    const Position p = view.from_lsp(at);
    for (const FileReference& ref : file_references(*t)) {
        if (!ref.path || !touches(ref.path->range, p)) continue;
        const auto path = uri_to_path(view.doc().uri());
        if (!path) return nullptr;
        const ThemePlace place = place_of_theme(view.analysis().display, *path, false);
        const ResolvedPath file = resolve_theme_path(place, ref.path->value);
        if (file.status != PathStatus::Ok) return nullptr;
        const TextPosition start{0, 0};
        return Json{{"uri", path_to_uri(file.file.string())},
                    {"range", to_json(TextRange{start, start})}};
    }
    return nullptr;
}

}  // namespace

Json definition(const View& view, TextPosition at) {
    if (Json file = file_definition(view, at); !file.is_null()) return file;
    const auto o = occurrence_at(view, at);
    if (!o) return nullptr;
    for (const Occurrence& x : occurrences(*view.theme())) {
        if (x.definition && x.kind == o->kind && x.id->value == o->id->value)
            return location(view, x.id->range);
    }
    return nullptr;
}

Json references(const View& view, TextPosition at, bool declaration) {
    Json out = Json::array();
    const auto o = occurrence_at(view, at);
    if (!o) return out;
    for (const Id* id : same_id(*view.theme(), *o, declaration))
        out.push_back(location(view, id->range));
    return out;
}

std::optional<std::pair<IdKind, std::string>> id_at(const View& view, TextPosition at) {
    const auto o = occurrence_at(view, at);
    if (!o) return std::nullopt;
    return std::pair{o->kind, o->id->value};
}

Json formerly_edit(const View& view, IdKind kind, const std::string& old_id) {
    const Theme* t = view.theme();
    if (!t || kind == IdKind::Document) return nullptr;
    const Range* item = nullptr;
    const Id* id = nullptr;
    const std::vector<Id>* formerly = nullptr;
    const auto find = [&](const auto& items) {
        for (const auto& x : items) {
            if (x.id.value != old_id) continue;
            item = &x.range;
            id = &x.id;
            formerly = &x.formerly;
        }
    };
    if (kind == IdKind::Stage) find(t->stages);
    if (kind == IdKind::Outcome) find(t->outcomes);
    if (kind == IdKind::Field) find(t->fields);
    if (!item || !id->range.valid()) return nullptr;
    const SourceText& src = view.source();
    const std::string& text = src.text();
    const std::string written = yaml_scalar(old_id);
    if (!formerly->empty()) {
        // After the last id of the list: `, old` in a flow list, a line
        // `- old` at the last item's indentation in a block list.
        const Id& last = formerly->back();
        const std::size_t end = src.offset_of(last.range.end);
        std::size_t after = end;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
        if (after < text.size() && (text[after] == ']' || text[after] == ',')) {
            return text_edit(view.to_lsp(Range{last.range.end, last.range.end}), ", " + written);
        }
        const std::string_view line = src.line(last.range.begin.line);
        const std::size_t dash = line.find('-');
        if (dash == line.npos) return nullptr;
        const Position eol{last.range.end.line,
                           static_cast<int>(utf8_length(src.line(last.range.end.line))) + 1};
        return text_edit(view.to_lsp(Range{eol, eol}),
                         "\n" + std::string(line.substr(0, dash)) + "- " + written);
    }
    // No list yet: `formerly: [old]` after the id, as a key of its mapping.
    const std::size_t id_begin = src.offset_of(id->range.begin);
    const std::string_view id_line = src.line(id->range.begin.line);
    const std::size_t id_col = id_begin - src.offset_of(Position{id->range.begin.line, 1});
    if (id_col < 2) return nullptr;
    const std::size_t key = id_line.rfind("id", id_col - 1);
    if (key == id_line.npos) return nullptr;
    const std::size_t brace = id_line.rfind('{', key);
    if (brace != id_line.npos) {
        // A flow mapping `{id: x, ...}`: a pair after the id.
        return text_edit(view.to_lsp(Range{id->range.end, id->range.end}),
                         ", formerly: [" + written + "]");
    }
    const Position eol{id->range.end.line, static_cast<int>(utf8_length(id_line)) + 1};
    const std::string indent(utf8_length(id_line.substr(0, key)), ' ');
    return text_edit(view.to_lsp(Range{eol, eol}), "\n" + indent + "formerly: [" + written + "]");
}

Json prepare_rename(const View& view, TextPosition at) {
    const auto o = occurrence_at(view, at);
    if (!o) return nullptr;
    return Json{{"range", to_json(view.to_lsp(o->id->range))}, {"placeholder", o->id->value}};
}

Json rename(const View& view, TextPosition at, const std::string& name, std::string& error) {
    const auto o = occurrence_at(view, at);
    if (!o) {
        error = i18n::message("lsp.rename.nothing");
        return nullptr;
    }
    if (!valid_id(name)) {
        error = i18n::message("lsp.rename.invalid", fmt::arg("name", name));
        return nullptr;
    }
    const Theme& t = *view.theme();
    for (const Occurrence& x : occurrences(t)) {
        if (x.definition && x.kind == o->kind && x.id->value == name && name != o->id->value) {
            error = i18n::message("lsp.rename.taken", fmt::arg("name", name));
            return nullptr;
        }
    }
    Json edits = Json::array();
    const std::string& text = view.source().text();
    for (const Id* id : same_id(t, *o, true)) {
        // A quoted id keeps its quotes; a plain one is written as YAML needs.
        const std::size_t begin = view.source().offset_of(id->range.begin);
        const char first = begin < text.size() ? text[begin] : '\0';
        const std::string written =
            first == '"' || first == '\'' ? first + name + first : yaml_scalar(name);
        edits.push_back(text_edit(view.to_lsp(id->range), written));
    }
    return workspace_edit(view, std::move(edits));
}

namespace {

/// A line as the completion reads it: its `- ` item markers and its key.
struct LineShape {
    bool blank = true;
    int lead = 0;   ///< column of the first character that is no space
    int dash = -1;  ///< column of the last `-` item marker
    int key_col = -1;
    std::string key;
    bool opens = false;  ///< `key:` with nothing after it (a mapping or list below)
    bool block = false;  ///< `key: |` or `key: >`: text below
};

LineShape shape_of(std::string_view line) {
    LineShape s;
    std::size_t i = line.find_first_not_of(' ');
    if (i == line.npos || line[i] == '#') return s;
    s.blank = false;
    s.lead = static_cast<int>(i);
    if (line.size() > k_longest_line) return s;  // no key is read from it
    while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ')) {
        s.dash = static_cast<int>(i);
        i = line.find_first_not_of(' ', i + 1);
        if (i == line.npos) return s;
    }
    static const std::regex k_key(R"(^([A-Za-z_][A-Za-z0-9_-]*)\s*:(\s.*)?$)");
    std::cmatch m;
    const std::string_view rest = line.substr(i);
    if (!std::regex_match(rest.data(), rest.data() + rest.size(), m, k_key)) return s;
    s.key_col = static_cast<int>(i);
    s.key = m[1].str();
    std::string value = m[2].str();
    const std::size_t v = value.find_first_not_of(' ');
    value = v == std::string::npos ? std::string() : value.substr(v);
    s.opens = value.empty() || value.front() == '#';
    s.block = !value.empty() && (value.front() == '|' || value.front() == '>');
    return s;
}

/// The keys of the mappings around a position, outermost first: `stages`,
/// `next` inside a stage's `next`. `threshold` is the column the position's
/// own mapping starts at: the parents are written to its left. Empty with
/// `inside_text` set inside a block of text.
std::vector<std::string> parents(const TextDocument& doc, std::size_t line, int threshold,
                                 bool& inside_text) {
    std::vector<std::string> chain;
    inside_text = false;
    int t = threshold;
    for (std::size_t i = line; i-- > 0 && t > 0;) {
        const LineShape s = shape_of(doc.line(i));
        if (s.blank || s.lead >= t) continue;
        if (s.key_col >= 0 && s.key_col < t) {
            if (s.block && chain.empty() && t == threshold) {
                inside_text = true;
                return {};
            }
            if (s.opens) chain.push_back(s.key);
            t = s.dash >= 0 ? s.dash : s.key_col;
            continue;
        }
        t = s.dash >= 0 ? s.dash : s.lead;
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

bool has(const std::vector<std::string>& chain, std::string_view key) {
    return std::find(chain.begin(), chain.end(), key) != chain.end();
}

std::optional<KeyPlace> key_place(const std::vector<std::string>& chain) {
    using P = KeyPlace;
    static const std::vector<std::pair<std::vector<std::string>, P>> k_places = {
        {{}, P::Theme},
        {{"stages"}, P::Stage},
        {{"stages", "next"}, P::Transition},
        {{"outcomes"}, P::Outcome},
        {{"documents"}, P::Document},
        {{"documents", "email"}, P::Email},
        {{"fields"}, P::Field},
        {{"deadline_change"}, P::DeadlineChange},
        {{"parameters"}, P::Parameters},
        {{"parameters", "after_close"}, P::AfterClose},
    };
    for (const auto& [path, place] : k_places) {
        if (path == chain) return place;
    }
    return std::nullopt;
}

/// The ids a value of `key` under `chain` names: stages, fields, or neither.
std::optional<IdKind> value_kind(std::string_view key, const std::vector<std::string>& chain) {
    if (key == "next" || key == "to") return IdKind::Stage;
    if (key == "stages" && has(chain, "documents")) return IdKind::Stage;
    if (key == "requires") return IdKind::Field;
    return std::nullopt;
}

/// The kind of the ids a `formerly` list under `chain` names: a stage's, an
/// outcome's or a field's; none for any other key.
std::optional<IdKind> formerly_kind(std::string_view key, const std::vector<std::string>& chain) {
    if (key != "formerly" || chain.size() != 1) return std::nullopt;
    if (chain[0] == "stages") return IdKind::Stage;
    if (chain[0] == "outcomes") return IdKind::Outcome;
    if (chain[0] == "fields") return IdKind::Field;
    return std::nullopt;
}

/// The ids of one kind of item a theme defines, with their names, in file
/// order, and the ids its items' `formerly` lists name.
struct KindIds {
    std::vector<std::pair<std::string, std::string>> defined;
    std::vector<std::string> former;
};

KindIds ids_of(const Theme& t, IdKind kind) {
    KindIds out;
    const auto add = [&](const auto& items) {
        for (const auto& item : items) {
            out.defined.emplace_back(item.id.value, item.name.value);
            for (const Id& f : item.formerly) out.former.push_back(f.value);
        }
    };
    if (kind == IdKind::Stage) add(t.stages);
    if (kind == IdKind::Outcome) add(t.outcomes);
    if (kind == IdKind::Field) add(t.fields);
    return out;
}

/// The ids a `formerly` list of `kind` may name: those of the committed
/// theme's items of that kind that `now` no longer defines and no
/// `formerly` of it names yet (the ids being renamed away), in the committed
/// file's order, with their committed names.
std::vector<std::pair<std::string, std::string>> renamed_away(const Theme& now,
                                                              const Theme& committed, IdKind kind) {
    const KindIds current = ids_of(now, kind);
    const auto taken = [&](const std::string& id) {
        for (const auto& [d, name] : current.defined) {
            if (d == id) return true;
        }
        return std::find(current.former.begin(), current.former.end(), id) != current.former.end();
    };
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& item : ids_of(committed, kind).defined) {
        if (!taken(item.first)) out.push_back(item);
    }
    return out;
}

/// The theme's type: the model's, else the top-level `type:` line's, else sales.
ThemeType type_of(const View& view) {
    if (const Theme* t = view.theme()) return t->type.value;
    for (std::size_t i = 0; i < view.doc().line_count(); ++i) {
        std::string_view line = view.doc().line(i);
        if (!line.starts_with("type:")) continue;
        line.remove_prefix(5);
        const std::size_t v = line.find_first_not_of(" \t\"'");
        if (v == line.npos) break;
        line.remove_prefix(v);
        return theme_type_named(line.substr(0, line.find_first_of(" \t\"'#")))
            .value_or(ThemeType::Sales);
    }
    return ThemeType::Sales;
}

/// The values a scalar of `key` under `chain` may take: an enumeration's
/// names (the loader's), the project registry's scripts or approvers (with
/// `manager`); empty for any other key.
std::vector<std::string> value_choices(const View& view, const std::vector<std::string>& chain,
                                       const std::string& key) {
    const auto& registry = view.analysis().registry;
    if (chain.empty() && key == "script") {
        std::vector<std::string> out;
        if (registry)
            for (const auto& s : registry->scripts) out.push_back(s.value);
        return out;
    }
    if (chain == std::vector<std::string>{"deadline_change"} && key == "approvers") {
        std::vector<std::string> out{"manager"};
        if (registry)
            for (const auto& a : registry->approvers) out.push_back(a.value);
        return out;
    }
    const auto place = key_place(chain);
    return place ? allowed_values(*place, key) : std::vector<std::string>{};
}

/// The theme's JSON Schema (schemas/theme.schema.json, compiled in), parsed
/// once; null when it is missing or does not parse.
const Json& theme_schema() {
    static const Json k_schema = [] {
        const auto text = embedded_file("schemas/theme.schema.json");
        return text ? Json::parse(*text, nullptr, false) : Json();
    }();
    return k_schema;
}

/// `node` with its `$ref` (`#/definitions/NAME`) followed, an array's items,
/// and of an `anyOf` the member that is a mapping (a transition written as
/// `{to, probability}`).
const Json* schema_mapping(const Json& schema, const Json* node) {
    for (int hops = 0; node && node->is_object() && hops < 8; ++hops) {
        if (node->contains("properties")) return node;
        if (const auto ref = node->find("$ref"); ref != node->end() && ref->is_string()) {
            const std::string& r = ref->get_ref<const std::string&>();
            constexpr std::string_view k_prefix = "#/definitions/";
            if (!r.starts_with(k_prefix)) return nullptr;
            const auto defs = schema.find("definitions");
            if (defs == schema.end()) return nullptr;
            const auto def = defs->find(r.substr(k_prefix.size()));
            node = def == defs->end() ? nullptr : &*def;
        } else if (const auto items = node->find("items"); items != node->end()) {
            node = &*items;
        } else if (const auto any = node->find("anyOf"); any != node->end() && any->is_array()) {
            const Json* mapping = nullptr;
            for (const Json& member : *any) {
                if (member.is_object() && member.contains("properties")) mapping = &member;
            }
            node = mapping;
        } else {
            return nullptr;
        }
    }
    return nullptr;
}

/// What the schema says of `key` in the mapping the keys `chain` lead to
/// (`stages`, `next`): its title in bold and its description, as markdown;
/// empty when the schema has no words for it. The schema is the one home of
/// what each key means.
std::string key_documentation(const std::vector<std::string>& chain, const std::string& key) {
    const Json& schema = theme_schema();
    const Json* node = schema.is_object() ? &schema : nullptr;
    for (const std::string& step : chain) {
        node = schema_mapping(schema, node);
        if (!node) return {};
        const Json& props = (*node)["properties"];
        const auto next = props.find(step);
        node = next == props.end() ? nullptr : &*next;
    }
    node = schema_mapping(schema, node);
    if (!node) return {};
    const Json& props = (*node)["properties"];
    const auto prop = props.find(key);
    if (prop == props.end() || !prop->is_object()) return {};
    const auto words = [&](const char* name) {
        const auto own = prop->find(name);
        return own != prop->end() && own->is_string() ? own->get<std::string>() : std::string();
    };
    const std::string title = words("title");
    const std::string description = words("description");
    if (title.empty()) return description;
    return description.empty() ? "**" + title + "**" : "**" + title + "**\n\n" + description;
}

/// Where the text a `{{` is typed in belongs: a theme's or a stage's
/// instruction, a document's email subject; none for other text.
std::optional<PlaceholderContext> text_context(const View& view, std::size_t line,
                                               const LineShape& own) {
    const TextDocument& doc = view.doc();
    std::string key;
    std::vector<std::string> chain;
    bool inside_text = false;
    if (own.key_col >= 0) {
        key = own.key;
        chain = parents(doc, line, own.dash >= 0 ? own.dash : own.key_col, inside_text);
    } else {
        // A line of a block or folded text: its key is the nearest line above
        // to the left.
        for (std::size_t i = line; i-- > 0;) {
            const LineShape s = shape_of(doc.line(i));
            if (s.blank || s.lead >= own.lead) continue;
            if (s.key_col < 0) return std::nullopt;
            key = s.key;
            chain = parents(doc, i, s.dash >= 0 ? s.dash : s.key_col, inside_text);
            break;
        }
    }
    using Kind = PlaceholderContext::Kind;
    if (key == "instruction" && chain.empty()) return PlaceholderContext{Kind::ThemeInstruction};
    if (key == "instruction" && chain == std::vector<std::string>{"stages"})
        return PlaceholderContext{Kind::StageInstruction};
    if (key == "subject" && chain == std::vector<std::string>{"documents", "email"}) {
        const Theme* t = view.theme();
        if (!t) return std::nullopt;
        const int at = static_cast<int>(line) + 1;
        // A mapping's range is where it starts: the document is the last to
        // start above the line.
        const Document* doc_at = nullptr;
        for (const Document& d : t->documents) {
            if (d.range.begin.line <= at) doc_at = &d;
        }
        if (doc_at) return PlaceholderContext{Kind::Document, doc_at};
    }
    return std::nullopt;
}

/// Hover over a `{{placeholder}}` of an instruction or an email subject:
/// what it expands to, with the value the theme itself gives (its name, the
/// stage's name in a stage's instruction, a field's name and type); null
/// elsewhere or for a name that is no placeholder of the text.
Json placeholder_hover(const View& view, TextPosition at) {
    const Theme* t = view.theme();
    const TextDocument& doc = view.doc();
    if (!t || at.line < 0 || static_cast<std::size_t>(at.line) >= doc.line_count()) return nullptr;
    const auto line = static_cast<std::size_t>(at.line);
    const std::string_view text = doc.line(line);
    if (text.size() > k_longest_line) return nullptr;
    const std::size_t line_start = doc.offset_of({at.line, 0}, view.encoding());
    const std::size_t cursor = doc.offset_of(at, view.encoding()) - line_start;
    const std::size_t open = text.rfind("{{", cursor);
    if (open == text.npos) return nullptr;
    const std::size_t close = text.find("}}", open + 2);
    if (close == text.npos || cursor > close + 2) return nullptr;
    std::string_view inner = text.substr(open + 2, close - open - 2);
    if (!inner.empty() && (inner.front() == '#' || inner.front() == '^' || inner.front() == '/'))
        inner.remove_prefix(1);
    const auto b = inner.find_first_not_of(' ');
    if (b == inner.npos) return nullptr;
    const std::string name(inner.substr(b, inner.find_last_not_of(' ') - b + 1));
    const auto where = text_context(view, line, shape_of(text));
    if (!where) return nullptr;
    const auto names = placeholders_in(*t, *where);
    if (std::find(names.begin(), names.end(), name) == names.end()) return nullptr;

    std::string words;
    if (name == "theme.name") {
        words = i18n::message("lsp.placeholder.theme", fmt::arg("value", t->name.value));
    } else if (name == "stage.name") {
        const Stage* stage = nullptr;
        const int l = static_cast<int>(line) + 1;
        if (where->kind == PlaceholderContext::Kind::StageInstruction) {
            for (const Stage& s : t->stages) {
                if (s.range.begin.line <= l) stage = &s;  // the last to start above
            }
        }
        words = stage ? i18n::message("lsp.placeholder.this-stage",
                                      fmt::arg("value", stage->name.value))
                      : i18n::message("lsp.placeholder.stage");
    } else if (name.starts_with("fields.")) {
        if (const Field* f = t->find_field(name.substr(7))) {
            words = i18n::message("lsp.placeholder.field", fmt::arg("name", f->name.value),
                                  fmt::arg("type", to_string(f->type.value)));
        }
    } else if (name == "client.name") {
        words = i18n::message("lsp.placeholder.client-name");
    } else if (name == "deal.manager") {
        words = i18n::message("lsp.placeholder.deal-manager");
    } else if (name == "deal.deadline") {
        words = i18n::message("lsp.placeholder.deal-deadline");
    }
    const TextRange r{doc.position_of(line_start + open, view.encoding()),
                      doc.position_of(line_start + close + 2, view.encoding())};
    return markdown(fmt::format("`{{{{{}}}}}`: {}", name, words), r);
}

}  // namespace

Json completion(const View& view, TextPosition at, const CommittedTheme& committed) {
    Json items = Json::array();
    const Json none{{"isIncomplete", false}, {"items", items}};
    const TextDocument& doc = view.doc();
    if (at.line < 0 || static_cast<std::size_t>(at.line) >= doc.line_count()) return none;
    const auto line = static_cast<std::size_t>(at.line);
    const std::size_t line_start = doc.offset_of({at.line, 0}, view.encoding());
    const std::size_t cursor = doc.offset_of(at, view.encoding());
    const std::string prefix(doc.line(line).substr(0, cursor - line_start));
    if (prefix.size() > k_longest_line) return none;

    std::optional<IdKind> ids;
    std::optional<IdKind> formerly;  ///< the kind of a `formerly` list's ids
    std::optional<KeyPlace> keys;
    std::vector<std::string> key_chain;  ///< the keys that lead to `keys`
    std::string partial;
    bool inside_text = false;
    static const std::regex k_value(
        R"(([A-Za-z_][A-Za-z0-9_-]*):(?:\s*\[(?:[^\[\]]*,)?\s*|\s+)["']?([A-Za-z0-9_-]*)$)");
    static const std::regex k_item(R"(^(\s*)-\s+["']?([A-Za-z0-9_-]*)$)");
    static const std::regex k_key(R"(^(\s*)([A-Za-z0-9_-]*)$)");
    static const std::regex k_placeholder(R"(\{\{[#^/]?\s*([A-Za-z0-9_.]*)$)");
    std::smatch m;
    const LineShape own = shape_of(doc.line(line));
    std::vector<std::string> values;
    if (std::regex_search(prefix, m, k_placeholder)) {
        // A placeholder: those of the text's context, by the theme loaded.
        partial = m[1].str();
        const TextPosition from = doc.position_of(cursor - partial.size(), view.encoding());
        const Theme* t = view.theme();
        const auto where = t ? text_context(view, line, own) : std::nullopt;
        if (!where) return none;
        for (const std::string& name : placeholders_in(*t, *where)) {
            items.push_back({{"label", name},
                             {"kind", k_completion_value},
                             {"textEdit", text_edit(TextRange{from, at}, name)}});
        }
        return Json{{"isIncomplete", false}, {"items", std::move(items)}};
    }
    if (std::regex_search(prefix, m, k_value)) {
        partial = m[2].str();
        const int threshold = own.dash >= 0 ? own.dash : own.lead;
        const auto chain = parents(doc, line, threshold, inside_text);
        auto full = chain;
        if (own.dash < 0 && own.key_col >= 0 && own.key != m[1].str()) full.push_back(own.key);
        formerly = formerly_kind(m[1].str(), full);
        ids = value_kind(m[1].str(), full);
        if (!ids && !formerly) values = value_choices(view, full, m[1].str());
    } else if (std::regex_match(prefix, m, k_item)) {
        partial = m[2].str();
        const int dash = static_cast<int>(m[1].length());
        // The list's key: the nearest line above to the left, or at the
        // dash's column (`next:` over `- a`), that is no item of the list.
        std::vector<std::string> chain;
        std::string key;
        for (std::size_t i = line; i-- > 0;) {
            const LineShape s = shape_of(doc.line(i));
            if (s.blank || s.lead > dash || (s.lead == dash && s.dash == dash)) continue;
            if (s.key_col >= 0 && s.opens) {
                key = s.key;
                chain = parents(doc, i, s.dash >= 0 ? s.dash : s.key_col, inside_text);
            }
            break;
        }
        if (!key.empty()) {
            formerly = formerly_kind(key, chain);
            ids = value_kind(key, chain);
            if (!ids && !formerly) values = value_choices(view, chain, key);
            if (!ids && !formerly && values.empty()) {
                chain.push_back(key);
                keys = key_place(chain);
                key_chain = chain;
            }
        }
    } else if (std::regex_match(prefix, m, k_key)) {
        partial = m[2].str();
        const auto chain = parents(doc, line, static_cast<int>(m[1].length()), inside_text);
        if (!inside_text) keys = key_place(chain);
        key_chain = chain;
    }
    if (inside_text) return none;

    const TextPosition from = doc.position_of(cursor - partial.size(), view.encoding());
    const TextRange replace{from, at};
    const Theme* t = view.theme();
    if (formerly) {
        const Theme* now = view.last_loaded();
        const Theme* before = now && committed ? committed() : nullptr;
        if (before) {
            for (const auto& [id, name] : renamed_away(*now, *before, *formerly)) {
                items.push_back(
                    {{"label", id},
                     {"kind", k_completion_value},
                     {"detail", i18n::message("lsp.completion.formerly", fmt::arg("name", name))},
                     {"textEdit", text_edit(replace, id)}});
            }
        }
    } else if (ids == IdKind::Stage) {
        std::vector<std::pair<std::string, std::string>> stages;
        if (t) {
            for (const Stage& s : t->stages) stages.emplace_back(s.id.value, s.name.value);
        } else if (const Theme* last = view.last_loaded()) {
            // The names may have changed since: the ids alone are offered.
            for (const Stage& s : last->stages) stages.emplace_back(s.id.value, "");
        }
        for (const auto& [id, name] : stages) {
            Json item{
                {"label", id}, {"kind", k_completion_value}, {"textEdit", text_edit(replace, id)}};
            if (!name.empty()) item["detail"] = name;
            items.push_back(std::move(item));
        }
    } else if (ids == IdKind::Field && t) {
        for (const Field& f : t->fields) {
            items.push_back({{"label", f.id.value},
                             {"kind", k_completion_value},
                             {"detail", f.name.value},
                             {"textEdit", text_edit(replace, f.id.value)}});
        }
    } else if (!values.empty()) {
        for (const std::string& value : values) {
            items.push_back({{"label", value},
                             {"kind", k_completion_value},
                             {"textEdit", text_edit(replace, value)}});
        }
    } else if (keys) {
        for (const std::string& key : allowed_keys(*keys, type_of(view))) {
            Json item{{"label", key},
                      {"kind", k_completion_property},
                      {"textEdit", text_edit(replace, key + ": ")}};
            if (std::string doc = key_documentation(key_chain, key); !doc.empty())
                item["documentation"] = {{"kind", "markdown"}, {"value", std::move(doc)}};
            items.push_back(std::move(item));
        }
    }
    return Json{{"isIncomplete", false}, {"items", std::move(items)}};
}

Json scenario_completion(const View& view, TextPosition at, const Theme* theme) {
    Json items = Json::array();
    const TextDocument& doc = view.doc();
    if (!theme || at.line < 0 || static_cast<std::size_t>(at.line) >= doc.line_count())
        return Json{{"isIncomplete", false}, {"items", std::move(items)}};
    const auto line = static_cast<std::size_t>(at.line);
    const std::size_t line_start = doc.offset_of({at.line, 0}, view.encoding());
    const std::size_t cursor = doc.offset_of(at, view.encoding());
    const std::string prefix(doc.line(line).substr(0, cursor - line_start));
    static const std::regex k_value(R"((?:^|[\s{,])(outcome|to|stage):\s*["']?([A-Za-z0-9_-]*)$)");
    std::smatch m;
    if (prefix.size() > k_longest_line || !std::regex_search(prefix, m, k_value))
        return Json{{"isIncomplete", false}, {"items", std::move(items)}};
    const std::string partial = m[2].str();
    const TextRange replace{doc.position_of(cursor - partial.size(), view.encoding()), at};
    const auto add = [&](const std::string& id, const std::string& name) {
        Json item{
            {"label", id}, {"kind", k_completion_value}, {"textEdit", text_edit(replace, id)}};
        if (!name.empty()) item["detail"] = name;
        items.push_back(std::move(item));
    };
    if (m[1] == "outcome") {
        for (const std::string& id : builtin_outcomes(theme->type.value)) add(id, "");
        for (const Outcome& o : theme->outcomes) add(o.id.value, o.name.value);
    } else {
        for (const Stage& s : theme->stages) add(s.id.value, s.name.value);
    }
    return Json{{"isIncomplete", false}, {"items", std::move(items)}};
}

namespace {

/// The id written at `at` in a scenario: its kind, its text and its range
/// on the line.
struct ScenarioId {
    IdKind kind;
    std::string id;
    TextRange range;
};

std::optional<ScenarioId> scenario_id_at(const View& view, TextPosition at) {
    const TextDocument& doc = view.doc();
    if (at.line < 0 || static_cast<std::size_t>(at.line) >= doc.line_count()) return std::nullopt;
    const std::string line(doc.line(static_cast<std::size_t>(at.line)));
    if (line.size() > k_longest_line) return std::nullopt;
    const std::size_t line_start = doc.offset_of({at.line, 0}, view.encoding());
    const std::size_t cursor = doc.offset_of(at, view.encoding()) - line_start;
    static const std::regex k_id(
        R"((?:^|[\s{,])(outcome|to|stage|field|document):\s*["']?([A-Za-z0-9_-]+))");
    for (auto it = std::sregex_iterator(line.begin(), line.end(), k_id);
         it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        const auto begin = static_cast<std::size_t>(m.position(2));
        const std::size_t end = begin + static_cast<std::size_t>(m.length(2));
        if (cursor < begin || cursor > end) continue;
        const std::string key = m[1].str();
        const IdKind kind = key == "outcome"    ? IdKind::Outcome
                            : key == "field"    ? IdKind::Field
                            : key == "document" ? IdKind::Document
                                                : IdKind::Stage;
        return ScenarioId{kind, m[2].str(),
                          TextRange{doc.position_of(line_start + begin, view.encoding()),
                                    doc.position_of(line_start + end, view.encoding())}};
    }
    return std::nullopt;
}

const Id* defined_id(const Theme& theme, IdKind kind, const std::string& id) {
    switch (kind) {
        case IdKind::Stage:
            if (const Stage* s = theme.find_stage(id)) return &s->id;
            break;
        case IdKind::Outcome:
            if (const Outcome* o = theme.find_outcome(id)) return &o->id;
            break;
        case IdKind::Field:
            if (const Field* f = theme.find_field(id)) return &f->id;
            break;
        case IdKind::Document:
            if (const Document* d = theme.find_document(id)) return &d->id;
            break;
    }
    return nullptr;
}

}  // namespace

const Range* scenario_definition(const View& view, TextPosition at, const Theme& theme) {
    const auto found = scenario_id_at(view, at);
    if (!found) return nullptr;
    const Id* id = defined_id(theme, found->kind, found->id);
    return id ? &id->range : nullptr;
}

Json scenario_hover(const View& view, TextPosition at, const Theme& theme) {
    const auto found = scenario_id_at(view, at);
    if (!found || !defined_id(theme, found->kind, found->id)) return nullptr;
    return id_hover(theme, found->kind, found->id, found->range);
}

}  // namespace reltheme::lsp
