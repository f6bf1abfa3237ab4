#include "load/project.h"

#include <system_error>

#include "load/node_reader.h"
#include "load/yaml_doc.h"

namespace reltheme {
namespace fs = std::filesystem;

std::optional<ProjectConfig> parse_project(const SourceText& source, DiagnosticSink& sink) {
    if (!check_encoding(source, YamlLimits{}.max_bytes, sink)) return std::nullopt;
    const auto doc = parse_yaml(source, sink);
    if (!doc) return std::nullopt;
    NodeReader r(sink);
    ProjectConfig config;
    config.file = source.path();
    config.root = fs::path(source.path()).parent_path();
    const YNode* root = doc->root();
    if (!root || root->is_null()) return config;  // an empty project file is fine
    if (!r.expect_map(root, "the project file")) return std::nullopt;
    static const std::vector<std::string> keys = {"themes", "ignore", "rules", "registry"};
    r.check_keys(*root, keys, "the project file");
    for (const auto& s : r.string_list(root->find("themes"), "themes"))
        config.themes.push_back(s.value);
    for (const auto& s : r.string_list(root->find("ignore"), "ignore"))
        config.ignore.push_back(s.value);
    if (const YNode* rules = root->find("rules"); rules && r.expect_map(rules, "\"rules\"")) {
        static constexpr std::pair<const char*, int> k_levels[] = {
            {"error", 0}, {"warning", 1}, {"info", 2}, {"off", 3}};
        for (const auto& [k, v] : rules->entries) {
            if (!k->is_scalar()) continue;
            const auto level = r.enumeration<int>(v, k->value, k_levels);
            if (!level) continue;
            RuleLevel rl;
            rl.range = v->range;
            rl.off = level->value == 3;
            rl.severity = level->value == 0   ? Severity::Error
                          : level->value == 1 ? Severity::Warning
                                              : Severity::Info;
            config.rules[k->value] = rl;
            config.rule_key_ranges[k->value] = k->range;
        }
    }
    if (const YNode* reg = root->find("registry"); reg && r.expect_map(reg, "\"registry\"")) {
        static const std::vector<std::string> reg_keys = {"scripts", "approvers"};
        r.check_keys(*reg, reg_keys, "\"registry\"");
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
    if (!r.ok()) return std::nullopt;
    return config;
}

std::optional<fs::path> find_project_file(const fs::path& start) {
    std::error_code ec;
    fs::path dir = fs::absolute(start, ec);
    if (ec) return std::nullopt;
    for (int guard = 0; guard < 256 && !dir.empty(); ++guard) {
        const fs::path candidate = dir / "reltheme.yaml";
        if (fs::is_regular_file(candidate, ec)) return candidate;
        if (dir == dir.root_path()) break;
        dir = dir.parent_path();
    }
    return std::nullopt;
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
