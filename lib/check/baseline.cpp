#include "check/baseline.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>
#include <utility>

#include "util/severity_counts.h"

namespace reltheme {
namespace fs = std::filesystem;

namespace {

/// Whether the run may report `rule` in the file of baseline key `file`.
bool reportable(const std::string& rule, const std::string& file, const BaselineScope& scope) {
    Diagnostic d;
    d.rule = rule;
    const ProjectConfig& config = *scope.config;
    const fs::path path = config.root.empty() ? fs::path(file) : config.root / file;
    return may_report(d, path.string(), config, scope.selection, scope.lint);
}

/// Baseline keys, each file's worked out once (a run of thousands of
/// findings names a few files many times, and a key asks the system for the
/// working folder).
class Keys {
  public:
    explicit Keys(const ProjectConfig& config) : m_config(config) {}
    const std::string& of(const std::string& path) {
        auto [it, added] = m_keys.try_emplace(path);
        if (added) it->second = baseline_key(path, m_config);
        return it->second;
    }

  private:
    const ProjectConfig& m_config;
    std::unordered_map<std::string, std::string> m_keys;
};

/// The counts of `findings`, by key and rule.
std::map<std::string, std::map<std::string, int>> counts_of(const Findings& findings, Keys& keys) {
    std::map<std::string, std::map<std::string, int>> counts;
    for (const auto& file : findings.files) {
        for (const auto* list : {&file.diagnostics, &file.baselined}) {
            for (const auto& d : *list) ++counts[keys.of(d.file)][d.rule];
        }
    }
    return counts;
}

std::set<std::string> checked_files(const Findings& findings, Keys& keys) {
    std::set<std::string> files;
    for (const auto& file : findings.files) {
        if (file.read_error) continue;
        files.insert(keys.of(file.path));
        for (const auto* list : {&file.diagnostics, &file.baselined}) {
            for (const auto& d : *list) files.insert(keys.of(d.file));
        }
    }
    return files;
}

}  // namespace

std::string baseline_key(const std::string& display_path, const ProjectConfig& config) {
    return project_relative(display_path, config);
}

std::set<std::string> checked_files(const Findings& findings, const ProjectConfig& config) {
    Keys keys(config);
    return checked_files(findings, keys);
}

Baseline baseline_of(const Findings& findings, const ProjectConfig& config) {
    Keys keys(config);
    return Baseline{counts_of(findings, keys)};
}

std::vector<UnusedBaselineEntry> apply_baseline(Findings& findings, const Baseline& baseline,
                                                const BaselineScope& scope) {
    Keys keys(*scope.config);
    const auto counts = counts_of(findings, keys);
    const auto recorded = [&](const std::string& file, const std::string& rule) {
        const auto f = baseline.counts.find(file);
        if (f == baseline.counts.end()) return 0;
        const auto r = f->second.find(rule);
        return r == f->second.end() ? 0 : r->second;
    };
    // A file and rule whose findings are no more than recorded are accepted
    // whole; with more, every one of them is reported.
    const auto accepted = [&](const std::string& file, const std::string& rule) {
        const int limit = recorded(file, rule);
        return limit > 0 && counts.at(file).at(rule) <= limit;
    };
    findings.errors = findings.warnings = findings.infos = 0;
    findings.baselined = 0;
    for (auto& file : findings.files) {
        std::vector<Diagnostic> all = std::move(file.diagnostics);
        all.insert(all.end(), std::make_move_iterator(file.baselined.begin()),
                   std::make_move_iterator(file.baselined.end()));
        std::stable_sort(all.begin(), all.end(), diagnostic_less);
        file.diagnostics.clear();
        file.baselined.clear();
        for (auto& d : all) {
            auto& into = accepted(keys.of(d.file), d.rule) ? file.baselined : file.diagnostics;
            into.push_back(std::move(d));
        }
        count_into(findings, file.diagnostics);
        findings.baselined += static_cast<int>(file.baselined.size());
    }
    std::vector<UnusedBaselineEntry> unused;
    const auto checked = checked_files(findings, keys);
    for (const auto& [file, rules] : baseline.counts) {
        if (!checked.contains(file)) continue;
        for (const auto& [rule, count] : rules) {
            if (!reportable(rule, file, scope)) continue;
            const auto f = counts.find(file);
            int found = 0;
            if (f != counts.end()) {
                const auto r = f->second.find(rule);
                if (r != f->second.end()) found = r->second;
            }
            if (found < count) unused.push_back({file, rule, count, found});
        }
    }
    findings.unused_baseline_entries = static_cast<int>(unused.size());
    return unused;
}

Baseline next_baseline(const Baseline& old, const Findings& findings, const BaselineScope& scope,
                       bool prune) {
    const ProjectConfig& config = *scope.config;
    Keys keys(config);
    const auto counts = counts_of(findings, keys);
    const auto checked = checked_files(findings, keys);
    Baseline next;
    for (const auto& [file, rules] : old.counts) {
        if (checked.contains(file)) continue;
        std::error_code ec;
        const fs::path path = config.root.empty() ? fs::path(file) : config.root / file;
        if (!fs::exists(path, ec)) continue;  // gone: its entries with it
        next.counts[file] = rules;
    }
    for (const auto& file : checked) {
        const auto o = old.counts.find(file);
        const auto c = counts.find(file);
        std::set<std::string> rules;
        if (o != old.counts.end())
            for (const auto& [rule, n] : o->second) rules.insert(rule);
        if (c != counts.end())
            for (const auto& [rule, n] : c->second) rules.insert(rule);
        for (const auto& rule : rules) {
            const int before =
                o == old.counts.end() || !o->second.contains(rule) ? 0 : o->second.at(rule);
            const int now = c == counts.end() || !c->second.contains(rule) ? 0 : c->second.at(rule);
            const int kept = !reportable(rule, file, scope) ? before
                             : prune                        ? std::min(before, now)
                                                            : now;
            if (kept > 0) next.counts[file][rule] = kept;
        }
    }
    return next;
}

}  // namespace reltheme
