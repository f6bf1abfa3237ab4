#include "check/cache.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "check/registry.h"
#include "check/rule_ids.h"
#include "load/file_kind.h"
#include "util/atomic_write.h"
#include "util/file.h"
#include "util/sha256.h"
#include "util/utf8.h"

namespace reltheme {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::string_view k_magic = "reltheme-cache 3 ";
constexpr std::size_t k_key_bytes = 32;
/// A cache file larger than this is not read (10,000 themes take about 10 MB).
constexpr std::uintmax_t k_max_cache_bytes = 512u << 20;

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
        j["fix"] = {{"range", range_to_json(d.fix->range)},
                    {"replacement", d.fix->replacement},
                    {"safe", d.fix->safe}};
    return j;
}

Diagnostic diagnostic_from_json(const json& j) {
    Diagnostic d;
    const int severity = j.at("severity").get<int>();
    if (severity < static_cast<int>(Severity::Info) || severity > static_cast<int>(Severity::Error))
        throw std::runtime_error("severity");
    d.severity = static_cast<Severity>(severity);
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
                    j["fix"].at("replacement").get<std::string>(), j["fix"].at("safe").get<bool>()};
    }
    return d;
}

/// Text a report may show as it is: valid UTF-8 with no control character.
bool is_printable(std::string_view text) {
    return !utf8_first_invalid(text) && printable(text) == text;
}

/// A fix may replace text with several lines.
bool is_printable_lines(std::string_view text) {
    std::string without_newlines(text);
    std::replace(without_newlines.begin(), without_newlines.end(), '\n', ' ');
    return is_printable(without_newlines);
}

/// Ids of the findings a file's own checks give (the loader's and the
/// rules'); an unused suppression is found later, by the severity policy.
const std::set<std::string, std::less<>>& per_file_rule_ids() {
    static const std::set<std::string, std::less<>> k_ids = [] {
        std::set<std::string, std::less<>> ids;
        for (const auto& rule : check_rules()) ids.emplace(rule->id());
        ids.erase(rule_id::k_unused_suppression);
        return ids;
    }();
    return k_ids;
}

bool range_fits(const Range& r, const SourceText* text) {
    if (!r.valid()) return r.begin.line == 0 && r.end.line == 0;
    if (r.begin.column < 0 || r.end.column < 0 || r.end < r.begin) return false;
    if (!text) return true;
    return r.end.line <= std::max(text->line_count(), 1) + 1;
}

/// The text of `file` among the theme and the files read for this entry.
const SourceText* text_of(const std::string& file, const SourceText& theme,
                          const std::vector<SourceText>& related) {
    if (file == theme.path()) return &theme;
    for (const auto& s : related)
        if (s.path() == file) return &s;
    return nullptr;
}

/// Whether the summary names the id the theme's text holds where it says.
bool summary_agrees(const ThemeSummary& s, const std::string& path, const SourceText& text) {
    if (s.file != path || !range_fits(s.id_range, &text) || !s.id_range.valid()) return false;
    const std::size_t begin = text.offset_of(s.id_range.begin);
    const std::size_t end = text.offset_of(s.id_range.end);
    if (end < begin) return false;
    std::string_view written = std::string_view(text.text()).substr(begin, end - begin);
    if (written.size() >= 2 && (written.front() == '"' || written.front() == '\'') &&
        written.back() == written.front())
        written = written.substr(1, written.size() - 2);
    return written == s.id;
}

std::string read_whole(const fs::path& file) {
    std::error_code ec;
    const fs::file_status st = fs::status(file, ec);
    if (ec || st.type() != fs::file_type::regular) return {};
    if (fs::file_size(file, ec) > k_max_cache_bytes || ec) return {};
    // Not read through util/file: the cache is the one file a run reads and
    // then replaces on purpose (docs/data-safety.md).
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

std::string content_hash(std::string_view bytes) {
    return to_hex(sha256(bytes));
}

CachePlace cache_place(const ThemePlace& place, const fs::path& theme_file) {
    std::error_code ec;
    CachePlace where{place, fs::weakly_canonical(theme_file, ec).string()};
    if (ec) where.real_path.clear();
    return where;
}

std::string dependency_state(const ThemePlace& place, const std::string& written) {
    const ResolvedPath r = resolve_theme_path(place, written);
    std::error_code ec;
    const fs::path real = r.file.empty() ? fs::path() : fs::weakly_canonical(r.file, ec);
    std::string state =
        fmt::format("{} {} {}", static_cast<int>(r.status), real.string(), r.detail);
    if (r.status == PathStatus::Ok) {
        std::string error;
        if (const auto text = read_file(r.file, k_max_referenced_file_bytes, error))
            state += " sha256:" + content_hash(*text);
        else
            state += " unreadable: " + error;
    } else if (r.status == PathStatus::Missing) {
        // The names beside it: missing-file suggests a close one.
        std::vector<std::string> names;
        for (fs::directory_iterator it(r.file.parent_path(), ec), end; !ec && it != end;
             it.increment(ec))
            names.push_back(it->path().filename().string());
        std::sort(names.begin(), names.end());
        Sha256 h;
        for (const auto& n : names) h.update(n + '\0');
        state += " beside:" + to_hex(h.finish());
    }
    return state;
}

std::vector<std::pair<std::string, std::string>> theme_dependencies(const Theme& theme,
                                                                    const ThemePlace& place) {
    std::vector<std::pair<std::string, std::string>> deps;
    for (const auto& ref : file_references(theme))
        deps.emplace_back(ref.path->value, dependency_state(place, ref.path->value));
    return deps;
}

fs::path user_cache_dir() {
    const auto env = [](const char* name) -> std::string {
        const char* v = std::getenv(name);
        return v ? v : "";
    };
    if (const std::string dir = env("RELTHEME_CACHE_DIR"); !dir.empty()) return dir;
    // The XDG base directory specification ignores a relative value.
    if (const std::string xdg = env("XDG_CACHE_HOME"); !xdg.empty() && xdg.front() == '/')
        return fs::path(xdg) / "reltheme";
    if (const std::string home = env("HOME"); !home.empty() && home.front() == '/')
        return fs::path(home) / ".cache" / "reltheme";
    return {};
}

fs::path default_cache_file(const fs::path& dir, const std::string& mode) {
    std::error_code ec;
    const std::string cwd = fs::current_path(ec).string();
    return dir / fmt::format("results-{}-{}.json", mode, content_hash(cwd).substr(0, 16));
}

std::optional<std::string> cache_key(const fs::path& dir, std::string& error) {
    if (dir.empty()) {
        error = "no cache folder: set RELTHEME_CACHE_DIR, XDG_CACHE_HOME or HOME";
        return std::nullopt;
    }
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        fs::create_directories(dir, ec);
        if (ec) {
            error = fmt::format("cannot create {}: {}", dir.string(), ec.message());
            return std::nullopt;
        }
        ::chmod(dir.c_str(), 0700);
    }
    const fs::path file = dir / "key";
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0) {
            struct stat st {};
            std::string key(k_key_bytes, '\0');
            const bool sane =
                ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::getuid() &&
                (st.st_mode & 077) == 0 && st.st_size == static_cast<off_t>(k_key_bytes) &&
                ::read(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size());
            ::close(fd);
            if (sane) return key;
            error =
                fmt::format("{} is not a key of this user (a regular file of {} bytes, mode 0600)",
                            file.string(), k_key_bytes);
            return std::nullopt;
        }
        if (errno != ENOENT) {
            error = fmt::format("cannot read {}: {}", file.string(), std::strerror(errno));
            return std::nullopt;
        }
        // A new key: written under a temporary name (mkstemp makes it 0600),
        // then linked to its name, which fails if another run was first.
        std::string key(k_key_bytes, '\0');
        if (::getrandom(key.data(), key.size(), 0) != static_cast<ssize_t>(key.size())) {
            error = "no random bytes for a cache key";
            return std::nullopt;
        }
        std::string temp = (dir / "key.XXXXXX").string();
        const int out = ::mkstemp(temp.data());
        if (out < 0) {
            error = fmt::format("cannot write in {}: {}", dir.string(), std::strerror(errno));
            return std::nullopt;
        }
        const bool written =
            ::write(out, key.data(), key.size()) == static_cast<ssize_t>(key.size()) &&
            ::fsync(out) == 0;
        ::close(out);
        const bool linked = written && ::link(temp.c_str(), file.c_str()) == 0;
        ::unlink(temp.c_str());
        if (linked) return key;
        if (!written) {
            error = fmt::format("cannot write {}", file.string());
            return std::nullopt;
        }
        // Another run made the key at the same moment: read that one.
    }
    error = fmt::format("cannot create {}", file.string());
    return std::nullopt;
}

std::string signed_cache_text(std::string_view key, std::string_view body) {
    return std::string(k_magic) + to_hex(hmac_sha256(key, body)) + "\n" + std::string(body);
}

ResultCache::ResultCache(fs::path file, std::string key, std::string salt)
    : m_file(std::move(file)), m_key(std::move(key)), m_salt(std::move(salt)) {
    const std::string content = read_whole(m_file);
    const std::size_t newline = content.find('\n');
    if (!content.starts_with(k_magic) || newline != k_magic.size() + 64) return;
    const std::string_view mac = std::string_view(content).substr(k_magic.size(), 64);
    const std::string_view body = std::string_view(content).substr(newline + 1);
    if (!constant_time_equal(mac, to_hex(hmac_sha256(m_key, body)))) return;
    try {
        const json j = json::parse(body);
        if (j.at("salt").get<std::string>() != m_salt) return;
        for (const auto& [path, e] : j.at("files").items()) {
            Entry entry;
            entry.hash = e.at("hash").get<std::string>();
            entry.root = e.at("root").get<std::string>();
            entry.dir = e.at("dir").get<std::string>();
            entry.real_path = e.at("real").get<std::string>();
            for (const auto& d : e.at("diagnostics"))
                entry.result.diagnostics.push_back(diagnostic_from_json(d));
            if (e.contains("summary")) {
                const auto& s = e["summary"];
                entry.result.summary =
                    ThemeSummary{s.at("file").get<std::string>(), s.at("id").get<std::string>(),
                                 range_from_json(s.at("range"))};
            }
            for (const auto& dep : e.at("dependencies")) {
                entry.result.dependencies.emplace_back(dep.at(0).get<std::string>(),
                                                       dep.at(1).get<std::string>());
            }
            m_entries.emplace(path, std::move(entry));
        }
    } catch (const std::exception&) {
        m_entries.clear();  // a damaged cache is only a slower run
    }
}

std::optional<CachedResult> ResultCache::lookup(const std::string& path,
                                                const std::string& content_hash,
                                                const CachePlace& where,
                                                const SourceText& text) const {
    Entry entry;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(path);
        if (it == m_entries.end()) return std::nullopt;
        entry = it->second;
    }
    if (entry.hash != content_hash || entry.root != where.place.repo_root.string() ||
        entry.dir != where.place.dir.string() || entry.real_path != where.real_path ||
        where.real_path.empty())
        return std::nullopt;
    // Every file the theme names resolves and reads as it did; those that
    // are regular files inside the root are the only others findings may name.
    std::map<std::string, fs::path> readable;
    for (const auto& [written, state] : entry.result.dependencies) {
        if (dependency_state(where.place, written) != state) return std::nullopt;
        const ResolvedPath r = resolve_theme_path(where.place, written);
        if (r.status == PathStatus::Ok) readable.emplace(r.display, r.file);
    }
    CachedResult result = std::move(entry.result);
    const auto known_file = [&](const std::string& file) {
        if (file == path) return true;
        const auto it = readable.find(file);
        if (it == readable.end()) return false;
        const bool loaded = std::any_of(result.related.begin(), result.related.end(),
                                        [&](const SourceText& s) { return s.path() == file; });
        if (loaded) return true;
        auto related = read_text_file(it->second);
        if (!related) return false;
        result.related.emplace_back(file, std::move(*related));
        return true;
    };
    const auto& ids = per_file_rule_ids();
    for (const auto& d : result.diagnostics) {
        if (!ids.contains(d.rule) || !known_file(d.file) || !is_printable(d.message) ||
            !range_fits(d.range, text_of(d.file, text, result.related)))
            return std::nullopt;
        for (const auto& n : d.notes) {
            if (!known_file(n.file) || !is_printable(n.message) ||
                !range_fits(n.range, text_of(n.file, text, result.related)))
                return std::nullopt;
        }
        if (d.fix && (!is_printable_lines(d.fix->replacement) ||
                      !range_fits(d.fix->range, text_of(d.file, text, result.related))))
            return std::nullopt;
    }
    if (result.summary && !summary_agrees(*result.summary, path, text)) return std::nullopt;
    // A theme that loaded has a summary (cross-file checks read it); only a
    // theme that did not load, which is an error, has none.
    if (!result.summary && file_kind(text.text()) == FileKind::Theme &&
        std::none_of(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; }))
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    ++m_hits;
    return result;
}

void ResultCache::store(const std::string& path, const std::string& content_hash,
                        const CachePlace& where, CachedResult result) {
    if (where.real_path.empty()) return;
    result.related.clear();
    std::lock_guard lock(m_mutex);
    m_entries[path] = Entry{content_hash, where.place.repo_root.string(), where.place.dir.string(),
                            where.real_path, std::move(result)};
}

bool ResultCache::save(std::string& error) const {
    json files = json::object();
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [path, e] : m_entries) {
            json diags = json::array();
            for (const auto& d : e.result.diagnostics) diags.push_back(diagnostic_to_json(d));
            json deps = json::array();
            for (const auto& [written, state] : e.result.dependencies)
                deps.push_back({written, state});
            json entry = {{"hash", e.hash},      {"root", e.root},       {"dir", e.dir},
                          {"real", e.real_path}, {"diagnostics", diags}, {"dependencies", deps}};
            if (e.result.summary) {
                entry["summary"] = {{"file", e.result.summary->file},
                                    {"id", e.result.summary->id},
                                    {"range", range_to_json(e.result.summary->id_range)}};
            }
            files[path] = std::move(entry);
        }
    }
    const json out = {{"salt", m_salt}, {"files", files}};
    // Paths and messages are not always UTF-8 (a file name may be anything):
    // such bytes are replaced, and the entry they belong to no longer passes
    // the checks of `lookup`, so it is only a miss.
    const std::string body = out.dump(-1, ' ', false, json::error_handler_t::replace);
    return write_file_atomically(m_file, signed_cache_text(m_key, body), error);
}

}  // namespace reltheme
