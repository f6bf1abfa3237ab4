#include "check/cache.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "load/theme_files.h"
#include "util/atomic_write.h"
#include "util/file.h"
#include "util/hash.h"

namespace reltheme {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

json range_to_json(const Range& r) {
    return json::array({r.begin.line, r.begin.column, r.end.line, r.end.column});
}

Range range_from_json(const json& j) {
    return Range{{j.at(0).get<int>(), j.at(1).get<int>()},
                 {j.at(2).get<int>(), j.at(3).get<int>()}};
}

json diagnostic_to_json(const Diagnostic& d) {
    json notes = json::array();
    for (const auto& n : d.notes)
        notes.push_back(
            {{"file", n.file}, {"range", range_to_json(n.range)}, {"message", n.message}});
    json j = {{"severity", static_cast<int>(d.severity)}, {"rule", d.rule},       {"file", d.file},
              {"range", range_to_json(d.range)},          {"message", d.message}, {"notes", notes}};
    if (d.fix)
        j["fix"] = {{"range", range_to_json(d.fix->range)}, {"replacement", d.fix->replacement}};
    return j;
}

Diagnostic diagnostic_from_json(const json& j) {
    Diagnostic d;
    d.severity = static_cast<Severity>(j.at("severity").get<int>());
    d.rule = j.at("rule").get<std::string>();
    d.file = j.at("file").get<std::string>();
    d.range = range_from_json(j.at("range"));
    d.message = j.at("message").get<std::string>();
    for (const auto& n : j.at("notes")) {
        d.notes.push_back({n.at("file").get<std::string>(), range_from_json(n.at("range")),
                           n.at("message").get<std::string>()});
    }
    if (j.contains("fix")) {
        d.fix = Fix{range_from_json(j["fix"].at("range")),
                    j["fix"].at("replacement").get<std::string>()};
    }
    return d;
}

std::string fmt_hex(std::uint64_t h) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
    return buffer;
}

}  // namespace

std::uint64_t hash_file(const fs::path& path) {
    // Only regular files of a sane size: a template path may name a FIFO
    // (opening it would block) or a device (reading it would never end).
    std::string error;
    const auto text = read_file(path, k_max_referenced_file_bytes, error);
    return text ? fnv1a(*text) : 0;
}

std::vector<std::pair<std::string, std::uint64_t>> theme_dependencies(const Theme& theme,
                                                                      const fs::path& theme_dir) {
    std::vector<std::pair<std::string, std::uint64_t>> deps;
    if (theme_dir.empty()) return deps;
    for (const auto& ref : file_references(theme)) {
        const fs::path full = theme_dir / ref.path->value;
        deps.emplace_back(full.string(), hash_file(full));
    }
    return deps;
}

ResultCache::ResultCache(fs::path file, std::string salt)
    : m_file(std::move(file)), m_salt(std::move(salt)) {
    std::ifstream in(m_file, std::ios::binary);
    if (!in) return;
    try {
        const json j = json::parse(in);
        if (j.value("salt", "") != m_salt) return;
        for (const auto& [path, e] : j.at("files").items()) {
            Entry entry;
            entry.hash = std::stoull(e.at("hash").get<std::string>(), nullptr, 16);
            for (const auto& d : e.at("diagnostics"))
                entry.result.diagnostics.push_back(diagnostic_from_json(d));
            if (e.contains("summary")) {
                const auto& s = e["summary"];
                entry.result.summary =
                    ThemeSummary{s.at("file").get<std::string>(), s.at("id").get<std::string>(),
                                 range_from_json(s.at("range"))};
            }
            for (const auto& dep : e.at("dependencies")) {
                entry.result.dependencies.emplace_back(
                    dep.at(0).get<std::string>(),
                    std::stoull(dep.at(1).get<std::string>(), nullptr, 16));
            }
            m_entries.emplace(path, std::move(entry));
        }
    } catch (const std::exception&) {
        m_entries.clear();  // a damaged cache is only a slower run
    }
}

std::optional<CachedResult> ResultCache::lookup(const std::string& path,
                                                std::uint64_t content_hash) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(path);
    if (it == m_entries.end() || it->second.hash != content_hash) return std::nullopt;
    for (const auto& [dep, hash] : it->second.result.dependencies) {
        if (hash_file(dep) != hash) return std::nullopt;
    }
    ++m_hits;
    return it->second.result;
}

void ResultCache::store(const std::string& path, std::uint64_t content_hash, CachedResult result) {
    std::lock_guard lock(m_mutex);
    m_entries[path] = Entry{content_hash, std::move(result)};
}

bool ResultCache::save(std::string& error) const {
    json files = json::object();
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [path, e] : m_entries) {
            json diags = json::array();
            for (const auto& d : e.result.diagnostics) diags.push_back(diagnostic_to_json(d));
            json deps = json::array();
            for (const auto& [p, h] : e.result.dependencies) {
                deps.push_back({p, fmt_hex(h)});
            }
            json entry = {
                {"hash", fmt_hex(e.hash)}, {"diagnostics", diags}, {"dependencies", deps}};
            if (e.result.summary) {
                entry["summary"] = {{"file", e.result.summary->file},
                                    {"id", e.result.summary->id},
                                    {"range", range_to_json(e.result.summary->id_range)}};
            }
            files[path] = std::move(entry);
        }
    }
    const json out = {{"salt", m_salt}, {"files", files}};
    return write_file_atomically(m_file, out.dump(), error);
}

}  // namespace reltheme
