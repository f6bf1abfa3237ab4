#include "lsp/project_ids.h"

#include "check/policy.h"
#include "check/registry.h"
#include "load/discover.h"
#include "load/file_kind.h"
#include "load/rule_ids.h"
#include "load/theme_loader.h"
#include "util/file.h"
#include "util/source.h"

namespace fs = std::filesystem;

namespace reltheme::lsp {
namespace {

const Rule* duplicate_id_rule() {
    for (const auto& rule : check_rules()) {
        if (rule->id() == rule_id::k_duplicate_id) return rule.get();
    }
    return nullptr;
}

fs::path resolved(const fs::path& p) {
    std::error_code ec;
    const fs::path c = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return ec ? p : c;
}

}  // namespace

std::vector<Diagnostic> ProjectThemeIds::duplicates(const ProjectConfig& config,
                                                    const fs::path& self_path,
                                                    const ThemeSummary& self,
                                                    const YamlLimits& limits) {
    const Rule* rule = duplicate_id_rule();
    if (!rule || self.id.empty()) return {};
    const fs::path me = resolved(self_path);
    std::vector<ThemeSummary> themes;
    std::map<std::string, Entry> seen;
    auto list = m_lists.find(config.file);
    if (list == m_lists.end()) {
        list = m_lists.emplace(config.file, discover_inputs({}, config, {}).files).first;
    }
    const std::vector<InputPath> files = list->second;
    if (!m_keep_lists) m_lists.erase(list);
    for (const InputPath& input : files) {
        const fs::path path = resolved(input.path);
        if (path == me) continue;
        std::error_code ec;
        const auto modified = fs::last_write_time(path, ec);
        const auto size = ec ? 0 : fs::file_size(path, ec);
        if (ec) continue;
        const std::string key = path.string();
        auto it = m_files.find(key);
        if (it == m_files.end() || it->second.modified != modified || it->second.size != size) {
            Entry e{modified, size, std::nullopt};
            std::string error;
            if (auto text = read_file(path, limits.max_bytes, error);
                text && file_kind(*text) == FileKind::Theme) {
                const SourceText source(key, strip_bom(std::move(*text)));
                DiagnosticSink sink(key);
                const LoadedTheme loaded = load_theme(source, sink, limits);
                if (loaded.theme && !loaded.theme->id.value.empty())
                    e.summary = ThemeSummary{key, loaded.theme->id.value, loaded.theme->id.range};
            }
            it = m_files.insert_or_assign(key, std::move(e)).first;
        }
        if (it->second.summary && it->second.summary->id == self.id)
            themes.push_back(*it->second.summary);
        seen.insert(*it);
    }
    m_files = std::move(seen);  // files gone from the project are forgotten
    if (themes.empty()) return {};
    themes.push_back(self);  // last: the rule reports the later file
    std::vector<Diagnostic> found;
    rule->check_all(themes, found);
    std::vector<Diagnostic> out;
    for (Diagnostic& d : found) {
        if (d.file != self.file) continue;
        const EffectiveLevel level = effective_level(d.rule, d.file, config, {});
        if (level.off) continue;
        if (level.severity) d.severity = *level.severity;
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace reltheme::lsp
