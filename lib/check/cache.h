#pragma once
/// The opt-in result cache of `validate --cache` / `lint --cache`, as ESLint's:
/// findings of a file are reused while its content, the files it refers to
/// (templates, instruction files), the reltheme version, the project file and
/// the mode are unchanged. Cross-file checks and the severity policy always run.
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "check/context.h"
#include "model/theme.h"
#include "util/diagnostic.h"

namespace reltheme {

struct CachedResult {
    std::vector<Diagnostic> diagnostics;  ///< before the severity policy
    std::optional<ThemeSummary> summary;
    /// Files the checks read besides the theme: path and content hash (0 when absent).
    std::vector<std::pair<std::string, std::uint64_t>> dependencies;
};

class ResultCache {
  public:
    /// Loads `file` if it exists and was written with the same `salt`;
    /// otherwise starts empty.
    ResultCache(std::filesystem::path file, std::string salt);

    std::optional<CachedResult> lookup(const std::string& path, std::uint64_t content_hash) const;
    void store(const std::string& path, std::uint64_t content_hash, CachedResult result);
    /// Writes the cache atomically; false with `error` set when it cannot.
    bool save(std::string& error) const;
    std::size_t hits() const { return m_hits; }

  private:
    struct Entry {
        std::uint64_t hash = 0;
        CachedResult result;
    };
    std::filesystem::path m_file;
    std::string m_salt;
    std::map<std::string, Entry> m_entries;
    mutable std::mutex m_mutex;
    mutable std::size_t m_hits = 0;
};

/// Content hash of a file, or 0 when it cannot be read.
std::uint64_t hash_file(const std::filesystem::path& path);

/// The files a theme's checks read: instruction file, templates, email bodies.
std::vector<std::pair<std::string, std::uint64_t>> theme_dependencies(
    const Theme& theme, const std::filesystem::path& theme_dir);

}  // namespace reltheme
