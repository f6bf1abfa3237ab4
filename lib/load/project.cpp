#include "load/project.h"

#include <algorithm>
#include <system_error>

#include "i18n/messages.h"
#include "load/node_reader.h"
#include "load/rule_ids.h"
#include "load/yaml_doc.h"
#include "util/file.h"
#include "util/spelling.h"

namespace reltheme {
namespace fs = std::filesystem;

namespace {

/// A mapping of rule id to level (`rules:`, and `rules:` of an override).
void read_rule_levels(NodeReader& r, const YNode* node, const i18n::Subject& what,
                      std::map<std::string, RuleLevel>& levels,
                      std::vector<std::pair<std::string, Range>>& key_ranges) {
    if (!node || !r.expect_map(node, what)) return;
    static constexpr std::pair<const char*, int> k_levels[] = {
        {"error", 0}, {"warning", 1}, {"info", 2}, {"off", 3}};
    for (const auto& [k, v] : node->entries) {
        if (!k->is_scalar()) continue;
        const auto level = r.enumeration<int>(v, k->value, k_levels);
        if (!level) continue;
        RuleLevel rl;
        rl.range = v->range;
        rl.off = level->value == 3;
        rl.severity = level->value == 0   ? Severity::Error
                      : level->value == 1 ? Severity::Warning
                                          : Severity::Info;
        levels[k->value] = rl;
        key_ranges.emplace_back(k->value, k->range);
    }
}

}  // namespace

std::optional<ProjectConfig> parse_project(const SourceText& source, DiagnosticSink& sink) {
    const auto doc = parse_yaml(source, sink);
    if (!doc) return std::nullopt;
    NodeReader r(sink);
    ProjectConfig config;
    config.file = source.path();
    config.root = fs::path(source.path()).parent_path();
    const YNode* root = doc->root();
    if (!root || root->is_null()) return config;  // an empty project file is fine
    const auto project_file = i18n::subject("subject.project-file");
    if (!r.expect_map(root, project_file)) return std::nullopt;
    static const std::vector<std::string> keys = {"themes",   "ignore", "rules",   "overrides",
                                                  "registry", "lang",   "baseline"};
    r.check_keys(*root, keys, project_file);
    for (const auto& s : r.string_list(root->find("themes"), "themes"))
        config.themes.push_back(s.value);
    for (const auto& s : r.string_list(root->find("ignore"), "ignore"))
        config.ignore.push_back(s.value);
    read_rule_levels(r, root->find("rules"), i18n::key_subject("rules"), config.rules,
                     config.rule_key_ranges);
    if (const YNode* overrides = root->find("overrides")) {
        if (r.expect_seq(overrides, i18n::key_subject("overrides"))) {
            for (const YNode* item : overrides->items) {
                const auto entry = i18n::subject("subject.override");
                if (!r.expect_map(item, entry)) continue;
                static const std::vector<std::string> entry_keys = {"files", "rules"};
                r.check_keys(*item, entry_keys, entry);
                RuleOverride o;
                const YNode* files = item->find("files");
                const YNode* rules = item->find("rules");
                if (!files || !rules) {
                    r.error(item->range, i18n::message("project.override-incomplete"));
                    continue;
                }
                for (const auto& g : r.string_list(files, "files")) o.files.push_back(g.value);
                read_rule_levels(r, rules, i18n::subject("subject.override-rules"), o.rules,
                                 config.rule_key_ranges);
                config.overrides.push_back(std::move(o));
            }
        }
    }
    const auto registry_subject = i18n::key_subject("registry");
    if (const YNode* reg = root->find("registry"); reg && r.expect_map(reg, registry_subject)) {
        static const std::vector<std::string> reg_keys = {"scripts", "approvers"};
        r.check_keys(*reg, reg_keys, registry_subject);
        Registry registry;
        if (const YNode* s = reg->find("scripts")) {
            registry.has_scripts = true;
            registry.scripts = r.string_list(s, "scripts");
        }
        if (const YNode* a = reg->find("approvers")) {
            registry.has_approvers = true;
            registry.approvers = r.string_list(a, "approvers");
        }
        config.registry = registry;
    }
    if (const YNode* lang = root->find("lang")) {
        static constexpr std::pair<const char*, Lang> k_langs[] = {{"en", Lang::En},
                                                                   {"ru", Lang::Ru}};
        if (const auto value = r.enumeration<Lang>(lang, "lang", k_langs))
            config.lang = value->value;
    }
    if (const auto baseline = r.string(root->find("baseline"), "baseline")) {
        if (baseline->value.empty())
            r.error(baseline->range, "\"baseline\" must name a file, not be empty");
        config.baseline = baseline->value;
    }
    if (!r.ok()) return std::nullopt;
    return config;
}

ProjectFile load_project_file(const fs::path& path, const RuleIds& rule_ids,
                              const std::string& display) {
    ProjectFile out;
    const std::string name = display.empty() ? display_path(path.string()) : display;
    std::string error;
    const auto text = read_file(path, YamlLimits{}.max_bytes, error);
    if (!text) {
        out.read_error =
            i18n::message("project.unreadable", fmt::arg("file", name), fmt::arg("error", error));
        return out;
    }
    out.source.emplace(name, strip_bom(*text));
    DiagnosticSink sink(name);
    out.config = parse_project(*out.source, sink);
    if (out.config) {
        out.config->file = path;
        out.config->root = path.parent_path();
        for (const auto& [id, range] : out.config->rule_key_ranges) {
            if (std::find(rule_ids.begin(), rule_ids.end(), id) != rule_ids.end()) continue;
            std::string message =
                i18n::message("project.unknown-rule", fmt::arg("rule", i18n::quoted(id)));
            message += i18n::did_you_mean(closest_match(id, rule_ids));
            sink.report(rule_id::k_schema, Severity::Error, range, message);
        }
        if (sink.has_errors()) out.config.reset();
    }
    out.diagnostics = std::move(sink.items());
    return out;
}

ProjectFile load_project(const fs::path& explicit_file, const fs::path& start,
                         const RuleIds& rule_ids) {
    if (!explicit_file.empty()) return load_project_file(explicit_file, rule_ids);
    if (const auto found = find_project_file(start)) return load_project_file(*found, rule_ids);
    ProjectFile none;
    none.config.emplace();
    return none;
}

std::optional<fs::path> find_project_file(const fs::path& start) {
    std::error_code ec;
    // Normal form, so `./reltheme.yaml` is named `reltheme.yaml` as the
    // folder's own project file is.
    fs::path dir = fs::absolute(start, ec).lexically_normal();
    if (ec) return std::nullopt;
    if (!dir.has_filename() && dir != dir.root_path()) dir = dir.parent_path();
    for (int guard = 0; guard < 256 && !dir.empty(); ++guard) {
        const fs::path candidate = dir / "reltheme.yaml";
        if (fs::is_regular_file(candidate, ec)) return candidate;
        if (dir == dir.root_path()) break;
        dir = dir.parent_path();
    }
    return std::nullopt;
}

std::string project_relative(const fs::path& p, const ProjectConfig& config) {
    std::error_code ec;
    const fs::path base = config.root.empty() ? fs::current_path(ec) : config.root;
    // Lexically, links not resolved: a theme that is a link is matched where
    // it sits (`themes/standard.yaml`), not where it leads.
    const fs::path rel = fs::absolute(p, ec).lexically_normal().lexically_relative(
        fs::absolute(base, ec).lexically_normal());
    return ec || rel.empty() ? p.generic_string() : rel.generic_string();
}

fs::path project_search_start(const std::vector<std::string>& paths, const std::string& stdin_name,
                              const fs::path& fallback) {
    for (const auto& arg : paths) {
        const std::string named = arg == "-" ? stdin_name : arg;
        if (named.empty()) continue;
        std::error_code ec;
        const fs::path p(named);
        const fs::path start = fs::is_directory(p, ec) ? p : p.parent_path();
        const fs::path dir = start.empty() ? fs::path(".") : start;
        if (find_project_file(dir)) return dir;
    }
    return fallback;
}

fs::path repository_root(const fs::path& theme_file) {
    std::error_code ec;
    const fs::path own = fs::absolute(theme_file, ec).parent_path();
    fs::path dir = own;
    for (int guard = 0; guard < 256 && !dir.empty(); ++guard) {
        if (fs::exists(dir / "reltheme.yaml", ec) || fs::exists(dir / ".git", ec)) return dir;
        if (dir == dir.root_path()) break;
        dir = dir.parent_path();
    }
    return own;
}

}  // namespace reltheme
