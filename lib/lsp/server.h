#pragma once
/// The language server of `reltheme lsp` (docs/lsp.md): the lifecycle
/// (initialize, initialized, shutdown, exit), the documents a client opens,
/// their findings published as diagnostics by the engine `lint` runs, the
/// fixes of those findings and "ignore this rule here" as code actions, and
/// the language features of themes (lsp/features.h).
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "check/policy.h"
#include "load/file_kind.h"
#include "load/project.h"
#include "load/yaml_doc.h"
#include "lsp/analysis.h"
#include "lsp/document.h"
#include "lsp/features.h"
#include "lsp/jsonrpc.h"
#include "lsp/project_ids.h"
#include "model/theme.h"
#include "simulate/theme_input.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme::lsp {

/// What the server is handed by the command that starts it: what lives in
/// the layers above (the rule catalogue, the rule pages' addresses).
struct ServerOptions {
    std::string version;      ///< serverInfo.version
    std::string config_path;  ///< `--config`: the project file for every document
    /// The ids the project file's `rules:` may name (catalogue/).
    RuleIds rule_ids;
    /// Which ids an unused suppression may name (the catalogue's is_rule_id).
    RuleIdTest is_rule_id = nullptr;
    /// The page of a rule, for a diagnostic's codeDescription (SARIF's
    /// helpUri); none: no codeDescription.
    std::function<std::string(std::string_view)> help_uri;
    /// A rule's one-line summary, empty for an id that names no rule (hover
    /// over a suppression comment).
    std::function<std::string(std::string_view)> rule_summary;
    YamlLimits limits;
    /// How the theme a scenario or model file names is loaded under a
    /// project's settings: `simulate`'s own (cli/simulation_common:
    /// `validated_themes`, the `validate` rules); none: the loader's
    /// structural checks only (simulate/theme_input.h `structural_themes`).
    std::function<ThemeSource(const ProjectConfig&)> simulation_themes;
    std::size_t max_message_bytes = k_max_message_bytes;
};

class Server {
  public:
    explicit Server(ServerOptions options);

    /// Handles one well-formed message (MessageReader::read's); returns what
    /// to send, in order: notifications it causes, then the response.
    std::vector<Json> handle(const Json& message);

    /// Reads messages from `in` and writes to `out` until `exit` or the end
    /// of input; the exit status: 0 after shutdown then exit, else 1.
    int run(std::istream& in, std::ostream& out);

    bool exited() const { return m_exited; }
    PositionEncoding encoding() const { return m_encoding; }
    const Analysis* analysis(const std::string& uri) const;

  private:
    Json dispatch(const std::string& method, const Json& params, std::vector<Json>& out);
    Json initialize(const Json& params);
    void check(const TextDocument& doc, std::vector<Json>& out);
    /// A template or instruction file: the open themes that name it checked
    /// again (they publish its findings), else the first theme file of the
    /// project that names it, checked for the findings in it.
    void check_named_file(const TextDocument& doc, std::vector<Json>& out);
    /// The open theme documents whose themes name the file at `path`.
    std::vector<std::string> themes_naming(const std::filesystem::path& path) const;
    /// The text of an open named file (by its resolved path), for the checks.
    std::optional<std::string> named_text(const std::filesystem::path& path) const;
    /// A scenario or model file: its loader's findings and those of checking
    /// it against its theme, as `simulate` reports them.
    void check_simulation_file(const TextDocument& doc, FileKind kind, std::vector<Json>& out);
    /// Adds to `changes` (a WorkspaceEdit's) the edits that rename `old_id`
    /// of `kind` (a stage, outcome, field or document) to `new_id` in the
    /// project's scenario and model files that name the theme at `theme_path`.
    void rename_in_project(const std::filesystem::path& theme_path, IdKind kind,
                           const std::string& old_id, const std::string& new_id, Json& changes);
    /// Where the project's scenario and model files that name the theme at
    /// `theme_path` write `id` of `kind`: `each` is called once a file that
    /// writes it, with its view, its text and the ranges, in order (the one
    /// walk rename and references share).
    using ProjectUse =
        std::function<void(const std::string& uri, const View& view, const SourceText& source,
                           const std::vector<Range>& ranges)>;
    void project_uses(const std::filesystem::path& theme_path, IdKind kind, const std::string& id,
                      const ProjectUse& each);
    void forget(const std::string& uri, std::vector<Json>& out);
    Json code_actions(const Json& params) const;

    ServerOptions m_options;
    DocumentStore m_documents;
    std::map<std::string, Analysis> m_analyses;
    /// The open named files: their resolved paths and URIs.
    std::map<std::filesystem::path, std::string> m_named_files;
    /// The ids of the project's other theme files (duplicate-id across files).
    ProjectThemeIds m_project_ids;
    PositionEncoding m_encoding = PositionEncoding::Utf16;
    /// Set while run() applies a change the client has already followed with
    /// another (the debounce); the documents changed meanwhile, unchecked.
    bool m_defer_check = false;
    std::set<std::string> m_unchecked;
    /// The client reports file changes (it registers for
    /// workspace/didChangeWatchedFiles), so the project's list of files is
    /// kept between checks.
    bool m_watch_files = false;
    bool m_initialized = false;
    bool m_shutdown = false;
    bool m_exited = false;
};

}  // namespace reltheme::lsp
