#include "lsp/server.h"

#include <algorithm>
#include <filesystem>
#include <istream>
#include <ostream>

#include <fmt/format.h>

#include "check/engine.h"
#include "check/rule_ids.h"
#include "i18n/lang.h"
#include "i18n/messages.h"
#include "load/discover.h"
#include "load/file_kind.h"
#include "load/theme_files.h"
#include "load/theme_loader.h"
#include "lsp/committed.h"
#include "lsp/features.h"
#include "simulate/model.h"
#include "simulate/scenario.h"
#include "simulate/scenario_run.h"
#include "util/file.h"
#include "util/markup.h"
#include "util/uri.h"

namespace reltheme::lsp {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

/// LSP's DiagnosticSeverity.
int lsp_severity(Severity s) {
    switch (s) {
        case Severity::Error:
            return 1;
        case Severity::Warning:
            return 2;
        case Severity::Info:
            return 3;
    }
    return 1;
}

/// Where a document's file is: its path for a `file:` URI, else none.
std::optional<fs::path> path_of(const std::string& uri) {
    auto path = uri_to_path(uri);
    if (!path || path->empty()) return std::nullopt;
    return fs::path(*path).lexically_normal();
}

/// The `file:` URI of a path findings name (relative ones from the working
/// folder).
std::string uri_of(const std::string& file) {
    std::error_code ec;
    const fs::path p = fs::absolute(fs::path(file), ec).lexically_normal();
    return path_to_uri(ec ? file : p.generic_string());
}

/// The texts findings point into, to place their ranges: the document's own,
/// the templates the check read, the project file, any other read on demand.
class Sources {
  public:
    Sources(const TextDocument& doc, const Analysis& analysis, PositionEncoding encoding,
            std::size_t max_bytes)
        : m_doc(doc), m_analysis(analysis), m_encoding(encoding), m_max_bytes(max_bytes) {}

    void add(const SourceText& source) {
        if (source.path() != m_analysis.display) m_texts.emplace(source.path(), source);
    }

    /// The URI of the file a finding names.
    std::string uri(const std::string& file) const {
        return file.empty() || file == m_analysis.display ? m_doc.uri() : uri_of(file);
    }

    /// A range in `file` in LSP's terms; none when the file cannot be read.
    std::optional<TextRange> range(const std::string& file, const Range& r) {
        if (file.empty() || file == m_analysis.display)
            return View(m_doc, m_analysis, m_encoding).to_lsp(r);
        auto it = m_texts.find(file);
        if (it == m_texts.end()) {
            std::string error;
            auto text = read_file(file, m_max_bytes, error);
            if (!text) return std::nullopt;
            it = m_texts.emplace(file, SourceText(file, strip_bom(std::move(*text)))).first;
        }
        const SourceText& s = it->second;
        auto doc = m_docs.find(file);
        if (doc == m_docs.end()) doc = m_docs.emplace(file, TextDocument("", 0, s.text())).first;
        Analysis a;
        a.source = s;
        return View(doc->second, a, m_encoding).to_lsp(r);
    }

  private:
    const TextDocument& m_doc;
    const Analysis& m_analysis;
    PositionEncoding m_encoding;
    std::size_t m_max_bytes;
    std::map<std::string, SourceText> m_texts;
    std::map<std::string, TextDocument> m_docs;
};

Json to_lsp_diagnostic(const Diagnostic& d, const TextRange& range, Sources& sources,
                       const ServerOptions& options) {
    Json j{{"range", to_json(range)},
           {"severity", lsp_severity(d.severity)},
           {"source", "reltheme"},
           {"message", d.message}};
    if (!d.rule.empty()) {
        j["code"] = d.rule;
        if (options.help_uri) j["codeDescription"] = {{"href", options.help_uri(d.rule)}};
    }
    Json related = Json::array();
    for (const Note& n : d.notes) {
        const std::string file = n.file.empty() ? d.file : n.file;
        const auto r = n.range.valid() ? sources.range(file, n.range) : std::nullopt;
        if (!r) continue;
        related.push_back({{"location", {{"uri", sources.uri(file)}, {"range", to_json(*r)}}},
                           {"message", n.message}});
    }
    if (!related.empty()) j["relatedInformation"] = std::move(related);
    return j;
}

Json publish(const std::string& uri, std::optional<long long> version, Json diagnostics) {
    Json params{{"uri", uri}, {"diagnostics", std::move(diagnostics)}};
    if (version) params["version"] = *version;
    return notification("textDocument/publishDiagnostics", std::move(params));
}

/// A string member of an object, or nullptr.
const std::string* string_at(const Json& j, const char* key) {
    if (!j.is_object()) return nullptr;
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}

const std::string* document_uri(const Json& params) {
    return params.is_object() && params.contains("textDocument")
               ? string_at(params["textDocument"], "uri")
               : nullptr;
}

struct InvalidParams {
    std::string message;
};

/// `p` absolute and canonical as far as it exists, to compare files by.
fs::path resolved_path(const fs::path& p) {
    std::error_code ec;
    const fs::path c = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return ec ? p : c;
}

/// Whether a document is a file themes name rather than a theme: its path
/// has no `.yaml` or `.yml` extension (a document with no path is a theme).
bool is_named_file(const std::optional<fs::path>& path) {
    if (!path) return false;
    std::string ext = path->extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext != ".yaml" && ext != ".yml";
}

/// Whether `theme`, read from `theme_path` (shown as `display`), names the
/// file `target` (resolved) in a path the checks read (load/theme_files.h).
bool names_file(const Theme& theme, const std::string& display, const fs::path& theme_path,
                const fs::path& target) {
    const ThemePlace place = place_of_theme(display, theme_path, false);
    for (const FileReference& ref : file_references(theme)) {
        const ResolvedPath r = resolve_theme_path(place, ref.path->value);
        if (r.status == PathStatus::Ok && resolved_path(r.file) == target) return true;
    }
    return false;
}

}  // namespace

Server::Server(ServerOptions options) : m_options(std::move(options)) {}

const Analysis* Server::analysis(const std::string& uri) const {
    const auto it = m_analyses.find(uri);
    return it == m_analyses.end() ? nullptr : &it->second;
}

namespace {

/// The document a didChange is about, or empty for another message.
std::string changed_uri(const Incoming& incoming) {
    if (incoming.kind != Incoming::Kind::Message) return {};
    const Json& m = incoming.message;
    const std::string* method = string_at(m, "method");
    if (!method || *method != "textDocument/didChange" || !m.contains("params")) return {};
    const std::string* uri = document_uri(m["params"]);
    return uri ? *uri : std::string();
}

}  // namespace

int Server::run(std::istream& in, std::ostream& out) {
    MessageReader reader(in, m_options.max_message_bytes);
    std::optional<Incoming> ahead;
    while (!m_exited) {
        Incoming incoming = ahead ? std::move(*ahead) : reader.read();
        ahead.reset();
        if (incoming.kind == Incoming::Kind::End) break;
        if (incoming.kind == Incoming::Kind::Invalid) {
            write_message(out, incoming.error);
            continue;
        }
        // The debounce: a change the client has already followed with another
        // change of the same document (its bytes are waiting) is applied
        // without a check; only the last of a burst is checked and published.
        const std::string uri = changed_uri(incoming);
        if (!uri.empty() && in.rdbuf()->in_avail() > 0) {
            ahead = reader.read();
            if (changed_uri(*ahead) == uri) {
                m_defer_check = true;
                handle(incoming.message);
                m_defer_check = false;
                continue;
            }
        }
        for (const Json& m : handle(incoming.message)) write_message(out, m);
    }
    return m_exited && m_shutdown ? 0 : 1;
}

std::vector<Json> Server::handle(const Json& message) {
    std::vector<Json> out;
    if (is_response(message)) return out;  // the server sends no requests
    const std::string& method = message["method"].get_ref<const std::string&>();
    const Json params = message.contains("params") ? message["params"] : Json::object();
    const bool request = is_request(message);
    const Json id = request ? message["id"] : Json(nullptr);
    if (method == "exit") {
        m_exited = true;
        return out;
    }
    if (!m_initialized && method != "initialize") {
        if (request) {
            out.push_back(error_response(id, ErrorCode::ServerNotInitialized,
                                         "the server is not initialized"));
        }
        return out;
    }
    if (m_shutdown && request) {
        out.push_back(
            error_response(id, ErrorCode::InvalidRequest, "the server is shut down: only exit"));
        return out;
    }
    try {
        Json result = dispatch(method, params, out);
        if (!request) return out;
        if (result.is_discarded()) {
            out.push_back(
                error_response(id, ErrorCode::MethodNotFound, "no method \"" + method + "\""));
        } else {
            out.push_back(response(id, std::move(result)));
        }
    } catch (const InvalidParams& e) {
        if (request) out.push_back(error_response(id, ErrorCode::InvalidParams, e.message));
    } catch (const std::exception& e) {
        if (request) out.push_back(error_response(id, ErrorCode::InternalError, e.what()));
    }
    return out;
}

Json Server::dispatch(const std::string& method, const Json& params, std::vector<Json>& out) {
    if (method == "initialize") {
        if (m_initialized) throw InvalidParams{"the server is initialized already"};
        return initialize(params);
    }
    if (method == "initialized" && m_watch_files) {
        // The YAML files of the workspace: a theme file created or deleted
        // changes the project's list of files.
        const Json watchers = Json::array({{{"globPattern", "**/*.{yaml,yml}"}}});
        out.push_back(Json{
            {"jsonrpc", "2.0"},
            {"id", "reltheme-watch"},
            {"method", "client/registerCapability"},
            {"params",
             {{"registrations", Json::array({{{"id", "reltheme-watched-files"},
                                              {"method", "workspace/didChangeWatchedFiles"},
                                              {"registerOptions", {{"watchers", watchers}}}}})}}}});
        return nullptr;
    }
    if (method == "workspace/didChangeWatchedFiles") {
        m_project_ids.forget_lists();
        return nullptr;
    }
    if (method == "initialized" || method == "$/cancelRequest" || method == "$/setTrace")
        return nullptr;
    if (method == "shutdown") {
        m_shutdown = true;
        return nullptr;
    }
    const std::string* uri = document_uri(params);
    if (method == "textDocument/didOpen") {
        const Json& item = params.contains("textDocument") ? params["textDocument"] : Json();
        const std::string* text = string_at(item, "text");
        if (!uri || !text) throw InvalidParams{"didOpen needs textDocument.uri and .text"};
        const long long version = item.contains("version") && item["version"].is_number_integer()
                                      ? item["version"].get<long long>()
                                      : 0;
        check(m_documents.open(*uri, version, *text), out);
        return nullptr;
    }
    if (method == "textDocument/didChange") {
        if (!uri) throw InvalidParams{"didChange needs textDocument.uri"};
        const Json& item = params["textDocument"];
        const long long version = item.contains("version") && item["version"].is_number_integer()
                                      ? item["version"].get<long long>()
                                      : 0;
        const Json changes = params.contains("contentChanges") ? params["contentChanges"] : Json();
        const bool changed = m_documents.change(*uri, version, changes, m_encoding);
        if (m_defer_check && changed) {
            m_unchecked.insert(*uri);
        } else if (changed || m_unchecked.count(*uri)) {
            m_unchecked.erase(*uri);
            check(*m_documents.find(*uri), out);
        }
        return nullptr;
    }
    if (method == "textDocument/didClose") {
        if (!uri) throw InvalidParams{"didClose needs textDocument.uri"};
        forget(*uri, out);
        return nullptr;
    }
    if (method == "textDocument/didSave" || method == "workspace/didChangeConfiguration" ||
        method == "workspace/didChangeWatchedFiles")
        return nullptr;
    if (!method.starts_with("textDocument/")) return Json(Json::value_t::discarded);

    // The language features: of an open document, at a position.
    if (method == "textDocument/codeAction") {
        if (!uri) throw InvalidParams{"codeAction needs textDocument.uri"};
        return code_actions(params);
    }
    static const std::set<std::string> k_features = {
        "textDocument/documentSymbol", "textDocument/hover",      "textDocument/definition",
        "textDocument/references",     "textDocument/completion", "textDocument/rename",
        "textDocument/prepareRename"};
    if (!k_features.contains(method)) return Json(Json::value_t::discarded);
    if (!uri) throw InvalidParams{method + " needs textDocument.uri"};
    const TextDocument* doc = m_documents.find(*uri);
    const Analysis* a = analysis(*uri);
    if (!doc || !a) throw InvalidParams{"the document " + *uri + " is not open"};
    const View view(*doc, *a, m_encoding);
    const Theme* scenario_theme = a->scenario_theme ? &*a->scenario_theme : nullptr;
    if (a->simulation_file && scenario_theme &&
        (method == "textDocument/completion" || method == "textDocument/hover" ||
         method == "textDocument/definition")) {
        TextPosition at;
        if (!params.contains("position") || !from_json(params["position"], at))
            throw InvalidParams{method + " needs a position"};
        if (method == "textDocument/completion")
            return scenario_completion(view, at, scenario_theme);
        if (method == "textDocument/hover") return scenario_hover(view, at, *scenario_theme);
        // The definition in the theme file, placed in the text it was
        // loaded from (the disk's).
        const Range* r = scenario_definition(view, at, *scenario_theme);
        if (!r) return nullptr;
        std::string error;
        auto text = read_file(a->scenario_theme_file, m_options.limits.max_bytes, error);
        if (!text) return nullptr;
        const std::string theme_uri = uri_of(a->scenario_theme_file);
        const TextDocument theme_doc(theme_uri, 0, *text);
        Analysis theme;
        theme.bom = std::string_view(*text).starts_with(k_bom) ? k_bom.size() : 0;
        theme.source = SourceText(a->scenario_theme_file, text->substr(theme.bom));
        const View in_theme(theme_doc, theme, m_encoding);
        return Json{{"uri", theme_uri}, {"range", to_json(in_theme.to_lsp(*r))}};
    }
    if (a->named_file || a->simulation_file) {
        // A template or instruction file, a scenario or model: no theme to
        // answer from.
        if (method == "textDocument/documentSymbol" || method == "textDocument/references")
            return Json::array();
        if (method == "textDocument/completion")
            return Json{{"isIncomplete", false}, {"items", Json::array()}};
        if (method == "textDocument/rename")
            throw InvalidParams{i18n::message("lsp.rename.nothing")};
        return nullptr;
    }
    if (method == "textDocument/documentSymbol") return document_symbols(view);
    TextPosition at;
    if (!params.contains("position") || !from_json(params["position"], at))
        throw InvalidParams{method + " needs a position"};
    if (method == "textDocument/hover")
        return hover(view, at, m_options.rule_summary, m_options.help_uri);
    if (method == "textDocument/definition") return definition(view, at);
    if (method == "textDocument/references") {
        bool declaration = true;
        if (params.contains("context") && params["context"].is_object()) {
            const Json& c = params["context"];
            if (c.contains("includeDeclaration") && c["includeDeclaration"].is_boolean())
                declaration = c["includeDeclaration"].get<bool>();
        }
        Json out = references(view, at, declaration);
        // The scenarios and models of the project that name the id, as
        // rename reaches them.
        const auto target = id_at(view, at);
        const auto path = path_of(*uri);
        if (target && path) {
            project_uses(*path, target->first, target->second,
                         [&](const std::string& file, const View& in, const SourceText&,
                             const std::vector<Range>& ranges) {
                             for (const Range& r : ranges)
                                 out.push_back({{"uri", file}, {"range", to_json(in.to_lsp(r))}});
                         });
        }
        return out;
    }
    if (method == "textDocument/completion") {
        // The committed version is read only when a `formerly` list asks.
        std::optional<std::optional<Theme>> committed;
        const auto path = uri_to_path(*uri);
        const CommittedTheme read = [&]() -> const Theme* {
            if (!path) return nullptr;
            if (!committed) committed = committed_theme(*path, m_options.limits);
            return *committed ? &**committed : nullptr;
        };
        return completion(view, at, read);
    }
    if (method == "textDocument/prepareRename") return prepare_rename(view, at);
    const std::string* name = string_at(params, "newName");
    if (!name) throw InvalidParams{"rename needs newName"};
    std::string error;
    const auto target = id_at(view, at);
    Json edit = rename(view, at, *name, error);
    if (!error.empty()) throw InvalidParams{error};
    const auto path = path_of(*uri);
    if (target && path && target->second != *name) {
        const auto& [kind, old_id] = *target;
        // The old id goes to the item's `formerly` when the last commit has
        // it, so `diff` against that commit reads a move, not a loss.
        if (const auto committed = kind == IdKind::Document
                                       ? std::nullopt
                                       : committed_theme(*path, m_options.limits)) {
            const bool had = kind == IdKind::Stage     ? committed->find_stage(old_id) != nullptr
                             : kind == IdKind::Outcome ? committed->find_outcome(old_id) != nullptr
                                                       : committed->find_field(old_id) != nullptr;
            if (had) {
                if (Json f = formerly_edit(view, kind, old_id); !f.is_null())
                    edit["changes"][*uri].push_back(std::move(f));
            }
        }
        rename_in_project(*path, kind, old_id, *name, edit["changes"]);
    }
    return edit;
}

Json Server::initialize(const Json& params) {
    m_initialized = true;
    Json offered;
    if (params.is_object() && params.contains("capabilities")) {
        const Json& caps = params["capabilities"];
        if (caps.is_object() && caps.contains("general") && caps["general"].is_object() &&
            caps["general"].contains("positionEncodings"))
            offered = caps["general"]["positionEncodings"];
    }
    m_encoding = choose_encoding(offered);
    if (params.is_object() && params.contains("capabilities")) {
        const Json& caps = params["capabilities"];
        const Json::json_pointer watch("/workspace/didChangeWatchedFiles/dynamicRegistration");
        m_watch_files = caps.is_object() && caps.contains(watch) && caps[watch].is_boolean() &&
                        caps[watch].get<bool>();
        m_project_ids.keep_lists(m_watch_files);
    }
    Json capabilities{
        {"positionEncoding", to_string(m_encoding)},
        {"textDocumentSync", {{"openClose", true}, {"change", 2}}},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
        {"documentSymbolProvider", true},
        {"hoverProvider", true},
        {"definitionProvider", true},
        {"referencesProvider", true},
        {"renameProvider", {{"prepareProvider", true}}},
        {"completionProvider", {{"triggerCharacters", {"[", ",", " "}}}},
    };
    return Json{{"capabilities", std::move(capabilities)},
                {"serverInfo", {{"name", "reltheme"}, {"version", m_options.version}}}};
}

void Server::check(const TextDocument& doc, std::vector<Json>& out) {
    Analysis a;
    const std::optional<fs::path> path = path_of(doc.uri());
    if (is_named_file(path)) {
        check_named_file(doc, out);
        return;
    }
    a.display = path ? path->string() : doc.uri();
    a.bom = std::string_view(doc.text()).starts_with(k_bom) ? k_bom.size() : 0;
    const std::string text = doc.text().substr(a.bom);
    a.source = SourceText(a.display, text);
    if (const FileKind kind = file_kind(text);
        path && (kind == FileKind::Scenario || kind == FileKind::Model)) {
        check_simulation_file(doc, kind, out);
        return;
    }

    // The project file, found as the CLI finds it: --config, else the nearest
    // reltheme.yaml upwards from the document's folder.
    std::error_code ec;
    const fs::path start = path ? path->parent_path() : fs::current_path(ec);
    ProjectFile project = load_project(m_options.config_path, start, m_options.rule_ids);
    CheckOptions options;
    options.lint = true;
    options.keep_themes = true;
    options.jobs = 1;
    options.limits = m_options.limits;
    options.is_rule_id = m_options.is_rule_id;
    options.named_text = [this](const fs::path& p) { return named_text(p); };
    if (project.config) {
        options.config = *project.config;
        a.registry = project.config->registry;
        if (project.config->lang)
            i18n::offer_lang(*project.config->lang, i18n::LangSource::Project);
    }
    const InputPath input{a.display, path ? *path : fs::path(a.display), false};
    const FileReader reader = [&](const InputPath&, std::string&) -> std::optional<std::string> {
        return text;
    };
    std::vector<CheckedTheme> themes;
    Findings findings = check_inputs({input}, options, reader, &themes);
    if (!themes.empty()) a.theme = std::move(themes.front().theme);

    Sources sources(doc, a, m_encoding, m_options.limits.max_bytes);
    std::map<std::string, Json> by_uri;                       // the other files'
    std::map<std::string, std::vector<Diagnostic>> found_in;  // and their findings
    FileFindings& file = findings.files.front();
    for (const SourceText& s : file.related) sources.add(s);
    if (project.source) sources.add(*project.source);
    const auto place = [&](const Diagnostic& d) {
        const auto range = sources.range(d.file, d.range);
        return to_lsp_diagnostic(d, range.value_or(TextRange{}), sources, m_options);
    };
    // A theme id another file of the project uses: said in this document,
    // whichever file lint would report it in. Only with a project file:
    // without one there is no project to list (the working folder is none).
    if (project.config && !project.config->file.empty() && path && a.theme) {
        const ThemeSummary self{a.display, a.theme->id.value, a.theme->id.range};
        for (Diagnostic& d :
             m_project_ids.duplicates(*project.config, *path, self, m_options.limits))
            file.diagnostics.push_back(std::move(d));
    }
    for (Diagnostic& d : file.diagnostics) {
        if (d.file.empty() || d.file == a.display) {
            a.published.push_back(place(d));
            a.diagnostics.push_back(std::move(d));
        } else {
            const std::string uri = sources.uri(d.file);
            by_uri[uri].push_back(place(d));
            found_in[uri].push_back(std::move(d));
        }
    }
    // What makes the project file unusable is said there (lint stops with
    // exit 2); the document is checked with the defaults meanwhile.
    if (!project.diagnostics.empty() || (!project.config && project.source)) {
        const std::string uri = sources.uri(project.source->path());
        Json& list = by_uri[uri];
        if (!list.is_array()) list = Json::array();
        for (const Diagnostic& d : project.diagnostics) {
            Diagnostic located = d;
            if (located.file.empty()) located.file = project.source->path();
            list.push_back(place(located));
        }
    }

    out.push_back(publish(doc.uri(), doc.version(), a.published));
    Analysis& kept = m_analyses[doc.uri()];
    // An open template or instruction file keeps the findings in it, for
    // its code actions.
    const auto keep_in = [&](const std::string& uri, std::vector<Diagnostic> found,
                             const Json& list) {
        const auto it = m_analyses.find(uri);
        if (it == m_analyses.end() || !it->second.named_file) return;
        it->second.diagnostics = std::move(found);
        it->second.published.clear();
        for (const Json& d : list) it->second.published.push_back(d);
    };
    for (const std::string& uri : kept.other_uris) {
        if (by_uri.contains(uri)) continue;
        out.push_back(publish(uri, std::nullopt, Json::array()));
        keep_in(uri, {}, Json::array());
    }
    for (auto& [uri, list] : by_uri) {
        keep_in(uri, std::move(found_in[uri]), list);
        out.push_back(publish(uri, std::nullopt, std::move(list)));
        a.other_uris.insert(uri);
    }
    if (!a.theme) a.last_loaded = kept.theme ? std::move(kept.theme) : std::move(kept.last_loaded);
    kept = std::move(a);
}

std::vector<std::string> Server::themes_naming(const fs::path& path) const {
    std::vector<std::string> out;
    for (const auto& [uri, a] : m_analyses) {
        if (a.named_file || !a.theme) continue;
        const auto theme_path = path_of(uri);
        if (theme_path && names_file(*a.theme, a.display, *theme_path, path)) out.push_back(uri);
    }
    return out;
}

std::optional<std::string> Server::named_text(const fs::path& path) const {
    const auto it = m_named_files.find(resolved_path(path));
    if (it == m_named_files.end()) return std::nullopt;
    const TextDocument* doc = m_documents.find(it->second);
    if (!doc) return std::nullopt;
    return strip_bom(doc->text());
}

void Server::check_named_file(const TextDocument& doc, std::vector<Json>& out) {
    const fs::path path = *path_of(doc.uri());
    const fs::path target = resolved_path(path);
    m_named_files[target] = doc.uri();
    Analysis& self = m_analyses[doc.uri()];
    self = Analysis{};
    self.named_file = true;
    self.display = path.string();
    self.bom = std::string_view(doc.text()).starts_with(k_bom) ? k_bom.size() : 0;
    self.source = SourceText(self.display, doc.text().substr(self.bom));

    // An open theme that names it: checked again with this text, it
    // publishes the findings in this file (and its own).
    const std::vector<std::string> open = themes_naming(target);
    for (const std::string& uri : open) {
        if (const TextDocument* theme = m_documents.find(uri)) check(*theme, out);
    }
    if (!open.empty()) return;

    // Else the first theme file of the project, in lint's order, that names
    // it: checked from the disk with this text, for the findings in it.
    Json published = Json::array();
    ProjectFile project =
        load_project(m_options.config_path, path.parent_path(), m_options.rule_ids);
    if (project.config && !project.config->file.empty()) {
        for (const InputPath& input : discover_inputs({}, *project.config, {}).files) {
            std::string error;
            auto text = read_file(input.path, m_options.limits.max_bytes, error);
            if (!text || file_kind(*text) != FileKind::Theme || !may_name_files(*text)) continue;
            const SourceText source(input.display, strip_bom(*text));
            DiagnosticSink sink(input.display);
            const LoadedTheme loaded = load_theme(source, sink, m_options.limits);
            if (!loaded.theme || !names_file(*loaded.theme, input.display, input.path, target))
                continue;
            CheckOptions options;
            options.lint = true;
            options.jobs = 1;
            options.limits = m_options.limits;
            options.is_rule_id = m_options.is_rule_id;
            options.config = *project.config;
            options.named_text = [this](const fs::path& p) { return named_text(p); };
            Findings findings =
                check_inputs({input}, options, disk_reader(options.limits.max_bytes));
            if (findings.files.empty()) break;
            const FileFindings& file = findings.files.front();
            const TextDocument theme_doc(uri_of(input.path.string()), 0, source.text());
            Analysis theme;
            theme.display = input.display;
            theme.source = source;
            Sources sources(theme_doc, theme, m_encoding, m_options.limits.max_bytes);
            for (const SourceText& s : file.related) sources.add(s);
            for (const Diagnostic& d : file.diagnostics) {
                if (d.file.empty() || d.file == input.display || sources.uri(d.file) != doc.uri())
                    continue;
                const auto range = sources.range(d.file, d.range);
                published.push_back(
                    to_lsp_diagnostic(d, range.value_or(TextRange{}), sources, m_options));
                self.published.push_back(published.back());
                self.diagnostics.push_back(d);
            }
            break;
        }
    }
    out.push_back(publish(doc.uri(), doc.version(), std::move(published)));
}

void Server::check_simulation_file(const TextDocument& doc, FileKind kind, std::vector<Json>& out) {
    const fs::path path = *path_of(doc.uri());
    Analysis& a = m_analyses[doc.uri()];
    std::optional<Theme> last_theme = std::move(a.scenario_theme);
    std::string last_theme_file = std::move(a.scenario_theme_file);
    a = Analysis{};
    a.simulation_file = true;
    a.bom = std::string_view(doc.text()).starts_with(k_bom) ? k_bom.size() : 0;
    const std::string text = doc.text().substr(a.bom);
    ProjectFile project =
        load_project(m_options.config_path, path.parent_path(), m_options.rule_ids);
    const ProjectConfig config = project.config ? *project.config : ProjectConfig{};
    if (config.lang) i18n::offer_lang(*config.lang, i18n::LangSource::Project);
    const ThemeSource themes = m_options.simulation_themes ? m_options.simulation_themes(config)
                                                           : structural_themes(m_options.limits);
    Findings findings;
    if (kind == FileKind::Scenario) {
        ScenarioOptions options;
        options.limits = m_options.limits;
        options.themes = themes;
        ScenarioResult r = run_scenario_text(text, path, options);
        a.display = r.display;
        if (r.theme) {
            a.scenario_theme = std::move(r.theme);
            a.scenario_theme_file = r.theme_display;
        } else {
            a.scenario_theme = std::move(last_theme);
            a.scenario_theme_file = std::move(last_theme_file);
        }
        findings = std::move(r.findings);
    } else {
        ModelInput in = load_model_text(text, path, std::nullopt, themes, m_options.limits);
        a.display = in.model_display;
        findings = std::move(in.findings);
    }
    a.source = SourceText(a.display, text);
    // Only the findings in this file: its theme's are the theme's to show.
    Sources sources(doc, a, m_encoding, m_options.limits.max_bytes);
    for (FileFindings& file : findings.files) {
        if (file.path != a.display) continue;
        for (Diagnostic& d : file.diagnostics) {
            if (!d.file.empty() && d.file != a.display) continue;
            const auto range = sources.range(d.file, d.range);
            a.published.push_back(
                to_lsp_diagnostic(d, range.value_or(TextRange{}), sources, m_options));
            a.diagnostics.push_back(std::move(d));
        }
    }
    out.push_back(publish(doc.uri(), doc.version(), a.published));
}

void Server::rename_in_project(const fs::path& theme_path, IdKind kind, const std::string& old_id,
                               const std::string& new_id, Json& changes) {
    project_uses(
        theme_path, kind, old_id,
        [&](const std::string& uri, const View& view, const SourceText& source,
            const std::vector<Range>& ranges) {
            Json& edits = changes[uri];
            for (const Range& r : ranges) {
                // A quoted id keeps its quotes, as in the theme.
                const std::size_t begin = source.offset_of(r.begin);
                const char first = begin < source.text().size() ? source.text()[begin] : '\0';
                const std::string written =
                    first == '"' || first == '\'' ? first + new_id + first : yaml_scalar(new_id);
                edits.push_back({{"range", to_json(view.to_lsp(r))}, {"newText", written}});
            }
        });
}

void Server::project_uses(const fs::path& theme_path, IdKind kind, const std::string& old_id,
                          const ProjectUse& each) {
    ProjectFile project =
        load_project(m_options.config_path, theme_path.parent_path(), m_options.rule_ids);
    const ProjectConfig config = project.config ? *project.config : ProjectConfig{};
    const fs::path root =
        project.source ? fs::path(project.source->path()).parent_path() : theme_path.parent_path();
    const fs::path target = resolved_path(theme_path);
    for (const InputPath& input : discover_inputs({root.string()}, config, {}).files) {
        const std::string uri = uri_of(input.path.string());
        std::optional<std::string> text;
        if (const TextDocument* open = m_documents.find(uri)) {
            text = open->text();
        } else {
            std::string error;
            text = read_file(input.path, m_options.limits.max_bytes, error);
        }
        if (!text) continue;
        const FileKind file = file_kind(*text);
        if (file != FileKind::Scenario && file != FileKind::Model) continue;
        Analysis a;
        a.display = input.display;
        a.bom = std::string_view(*text).starts_with(k_bom) ? k_bom.size() : 0;
        a.source = SourceText(a.display, text->substr(a.bom));
        DiagnosticSink sink(a.display);
        std::vector<Range> ranges;
        const auto names_theme = [&](const std::string& written, const Range& range) {
            const auto named = named_theme_path(input.path, written, range, file, sink);
            return named && resolved_path(*named) == target;
        };
        if (file == FileKind::Scenario) {
            const auto s = load_scenario(a.source, sink, m_options.limits);
            if (!s || !names_theme(s->theme, s->theme_range)) continue;
            for (const Step& st : s->steps) {
                if (kind == IdKind::Stage && st.kind == StepKind::Move && st.to == old_id)
                    ranges.push_back(st.to_range);
                if (kind == IdKind::Outcome && st.outcome == old_id)
                    ranges.push_back(st.outcome_range);
                if (kind == IdKind::Field && st.kind == StepKind::Fill && st.field == old_id)
                    ranges.push_back(st.field_range);
                if (kind == IdKind::Document && st.kind == StepKind::Send && st.document == old_id)
                    ranges.push_back(st.document_range);
            }
            for (const Expectation& e : s->expectations) {
                if (kind == IdKind::Stage && e.stage == old_id) ranges.push_back(e.stage_range);
                if (kind == IdKind::Outcome && e.outcome == old_id)
                    ranges.push_back(e.outcome_range);
            }
        } else {
            const auto m = load_model(a.source, sink, m_options.limits);
            if (!m || !m->theme || !names_theme(*m->theme, m->theme_range)) continue;
            if (kind != IdKind::Stage) continue;
            for (const ModelStage& st : m->stages) {
                if (st.id == old_id) ranges.push_back(st.id_range);
                for (std::size_t i = 0; i < st.next.size() && i < st.next_ranges.size(); ++i) {
                    if (st.next[i].first == old_id) ranges.push_back(st.next_ranges[i]);
                }
            }
        }
        std::sort(ranges.begin(), ranges.end(),
                  [](const Range& x, const Range& y) { return x.begin < y.begin; });
        std::erase_if(ranges, [](const Range& r) { return !r.valid(); });
        if (ranges.empty()) continue;
        const TextDocument doc(uri, 0, *text);
        const View view(doc, a, m_encoding);
        each(uri, view, a.source, ranges);
    }
}

void Server::forget(const std::string& uri, std::vector<Json>& out) {
    m_documents.close(uri);
    const auto it = m_analyses.find(uri);
    if (it == m_analyses.end()) return;
    if (it->second.named_file) {
        // The themes that name it are checked again with the disk's text,
        // and say what they find in it.
        const auto path = path_of(uri);
        m_analyses.erase(it);
        out.push_back(publish(uri, std::nullopt, Json::array()));
        if (!path) return;
        const fs::path target = resolved_path(*path);
        m_named_files.erase(target);
        for (const std::string& theme : themes_naming(target)) {
            if (const TextDocument* doc = m_documents.find(theme)) check(*doc, out);
        }
        return;
    }
    // A closed document's findings are no longer shown (as other servers do
    // for files they only know while open).
    out.push_back(publish(uri, std::nullopt, Json::array()));
    for (const std::string& other : it->second.other_uris)
        out.push_back(publish(other, std::nullopt, Json::array()));
    m_analyses.erase(it);
}

Json Server::code_actions(const Json& params) const {
    const std::string& uri = *document_uri(params);
    const TextDocument* doc = m_documents.find(uri);
    const Analysis* a = analysis(uri);
    if (!doc || !a) throw InvalidParams{"the document " + uri + " is not open"};
    TextRange wanted;
    if (!params.contains("range") || !from_json(params["range"], wanted))
        throw InvalidParams{"codeAction needs a range"};
    if (params.contains("context") && params["context"].is_object() &&
        params["context"].contains("only") && params["context"]["only"].is_array()) {
        const Json& only = params["context"]["only"];
        const bool quickfix = std::any_of(only.begin(), only.end(), [](const Json& k) {
            return k.is_string() && (k == "quickfix" || k == "");
        });
        if (!quickfix) return Json::array();
    }
    const View view(*doc, *a, m_encoding);
    Json actions = Json::array();
    const auto before = [](const TextPosition& x, const TextPosition& y) {
        return x.line < y.line || (x.line == y.line && x.character < y.character);
    };
    for (std::size_t i = 0; i < a->diagnostics.size(); ++i) {
        const Diagnostic& d = a->diagnostics[i];
        TextRange r;
        from_json(a->published[i]["range"], r);
        // The finding touches the range asked about.
        if (before(r.end, wanted.start) || before(wanted.end, r.start)) continue;
        // Scenario and model files, templates and instruction files have no
        // suppression comments.
        for (Json& action :
             fix_actions(view, d, a->published[i], !a->simulation_file && !a->named_file))
            actions.push_back(std::move(action));
    }
    return actions;
}

}  // namespace reltheme::lsp
