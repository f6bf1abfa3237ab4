#include "util/file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

#include "util/read_ledger.h"

namespace reltheme {
namespace {

std::optional<std::string> read_checked(const std::filesystem::path& path, std::size_t max_bytes,
                                        std::string& error, bool record) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        error = "not a regular file";
        return std::nullopt;
    }
    if (static_cast<std::size_t>(st.st_size) > max_bytes) {
        error = too_large_reason(static_cast<std::uintmax_t>(st.st_size), max_bytes);
        return std::nullopt;
    }
    if (record) record_read(path);
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    std::string text(static_cast<std::size_t>(st.st_size), '\0');
    const std::size_t n = std::fread(text.data(), 1, text.size(), f);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) {
        error = "read error";
        return std::nullopt;
    }
    text.resize(n);
    return text;
}

}  // namespace

std::optional<std::string> read_file(const std::filesystem::path& path, std::size_t max_bytes,
                                     std::string& error) {
    return read_checked(path, max_bytes, error, true);
}

std::optional<std::string> read_file_to_replace(const std::filesystem::path& path,
                                                std::size_t max_bytes, std::string& error) {
    return read_checked(path, max_bytes, error, false);
}

std::string too_large_reason(std::uintmax_t size, std::size_t max_bytes) {
    return fmt::format("the file is {} bytes, over the limit of {} (RELTHEME_MAX_FILE_BYTES)", size,
                       max_bytes);
}

std::string display_path(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path p(path);
    if (!p.is_absolute()) return path;
    const fs::path cwd = fs::current_path(ec);
    if (ec) return path;
    const fs::path rel = p.lexically_relative(cwd);
    if (rel.empty()) return path;
    const std::string r = rel.string();
    return r.size() < path.size() ? r : path;
}

}  // namespace reltheme
