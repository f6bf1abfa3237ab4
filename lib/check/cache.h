#pragma once
/// The opt-in result cache of `validate --cache` / `lint --cache`, as ESLint's:
/// findings of a file are reused while its content, where it sits (its
/// resolved path, its repository root), the files it names (each one's
/// resolved path, kind and content), the reltheme version, the project file,
/// the language of the messages, the limits and the mode are unchanged.
/// Cross-file checks and the severity policy always run.
///
/// A cache file may have been written by anyone who could write where it is
/// (a pull request that commits one, another user): it is trusted only when
/// its HMAC-SHA-256 under the key of the user's cache folder is right, and
/// every entry is checked again before use (known rule ids, files among those
/// the run reads, printable messages, a summary the file's text agrees with).
/// Anything odd is a miss, never a finding (docs/security.md).
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check/context.h"
#include "load/theme_files.h"
#include "model/theme.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

struct CachedResult {
    std::vector<Diagnostic> diagnostics;  ///< before the severity policy
    std::optional<ThemeSummary> summary;
    /// Each path the theme names, as written, with what it resolved to
    /// (`dependency_state`).
    std::vector<std::pair<std::string, std::string>> dependencies;
    /// On a hit: the files findings point into besides the theme, read again
    /// for their code frames.
    std::vector<SourceText> related;
};

/// Where a theme file sits, as far as its findings depend on it.
struct CachePlace {
    ThemePlace place;
    std::string real_path;  ///< the theme file with every link resolved
};

CachePlace cache_place(const ThemePlace& place, const std::filesystem::path& theme_file);

class ResultCache {
  public:
    /// Loads `file` if it exists, its HMAC under `key` is right and it was
    /// written with the same `salt`; otherwise starts empty.
    ResultCache(std::filesystem::path file, std::string key, std::string salt);

    /// The entry for `path` when `content_hash` (`content_hash` of the bytes
    /// read), the place and every dependency are as stored and the entry
    /// passes the checks above; `text` is the file's text (BOM removed).
    std::optional<CachedResult> lookup(const std::string& path, const std::string& content_hash,
                                       const CachePlace& where, const SourceText& text) const;
    void store(const std::string& path, const std::string& content_hash, const CachePlace& where,
               CachedResult result);
    /// Writes the cache atomically; false with `error` set when it cannot.
    bool save(std::string& error) const;
    std::size_t hits() const { return m_hits; }

  private:
    struct Entry {
        std::string hash;
        std::string root;
        std::string dir;
        std::string real_path;
        CachedResult result;
    };
    std::filesystem::path m_file;
    std::string m_key;
    std::string m_salt;
    std::map<std::string, Entry> m_entries;
    mutable std::mutex m_mutex;
    mutable std::size_t m_hits = 0;
};

/// A cache file's text: its magic line with the HMAC-SHA-256 of `body`
/// under `key`, then the body (the JSON of the entries).
std::string signed_cache_text(std::string_view key, std::string_view body);

/// The content hash the cache keys a file by (SHA-256, hexadecimal).
std::string content_hash(std::string_view bytes);

/// What a path written in a theme resolves to, as one string: its status,
/// the file with links resolved, and the content's hash (or why it cannot be
/// read, which names its size when over the limit). Two states that a check
/// could tell apart give two strings.
std::string dependency_state(const ThemePlace& place, const std::string& written);

/// The paths a theme names, each with its `dependency_state`.
std::vector<std::pair<std::string, std::string>> theme_dependencies(const Theme& theme,
                                                                    const ThemePlace& place);

/// The user's cache folder: $RELTHEME_CACHE_DIR, else $XDG_CACHE_HOME/reltheme,
/// else ~/.cache/reltheme; empty when none can be told.
std::filesystem::path user_cache_dir();

/// The default cache file in `dir` for runs from the working folder in `mode`
/// ("lint" or "validate").
std::filesystem::path default_cache_file(const std::filesystem::path& dir, const std::string& mode);

/// The cache key in `dir/key` (32 random bytes, mode 0600, created with the
/// folder on first use). Nullopt with `error` set when the folder cannot be
/// made, or the file is not a regular file of this user, readable by others,
/// or of the wrong size.
std::optional<std::string> cache_key(const std::filesystem::path& dir, std::string& error);

}  // namespace reltheme
