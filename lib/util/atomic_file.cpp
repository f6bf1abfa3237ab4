#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace reltheme {
namespace fs = std::filesystem;
namespace {

/// The permissions of a new file: 0666 less the process umask (read back by
/// setting it, as POSIX offers no other way; reltheme writes from one thread).
mode_t new_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

bool write_all(int fd, std::string_view content) {
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

bool is_file_name(const fs::path& path, std::string& error) {
    const std::string name = path.filename().string();
    if (name.empty() || name == "." || name == "..") {
        error = "not a file name";
        return false;
    }
    return true;
}

/// Writes `content` to a new temporary file beside `path` with `mode`;
/// returns its name, or an empty string with `error` set.
std::string write_temporary(const fs::path& path, std::string_view content, mode_t mode,
                            std::string& error) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    const std::string pattern = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    const int fd = ::mkstemp(buffer.data());
    if (fd < 0) {
        error = std::strerror(errno);
        return {};
    }
    const std::string temp(buffer.data());
    int err = 0;
    if (!write_all(fd, content) || ::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) err = errno;
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err != 0) {
        ::unlink(temp.c_str());
        error = std::strerror(err);
        return {};
    }
    return temp;
}

}  // namespace

bool write_file_atomically(const fs::path& path, std::string_view content, std::string& error) {
    if (!is_file_name(path, error)) return false;
    // Keep the permissions of a file being replaced; refuse to replace a folder.
    mode_t mode = new_file_mode();
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            error = "it is a folder";
            return false;
        }
        mode = st.st_mode & 07777;
    }
    const std::string temp = write_temporary(path, content, mode, error);
    if (temp.empty()) return false;
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        error = std::strerror(err);
        return false;
    }
    return true;
}

bool create_file_atomically(const fs::path& path, std::string_view content, std::string& error,
                            bool* exists) {
    if (exists) *exists = false;
    if (!is_file_name(path, error)) return false;
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0) {
        if (exists) *exists = true;
        error = "it already exists";
        return false;
    }
    const std::string temp = write_temporary(path, content, new_file_mode(), error);
    if (temp.empty()) return false;
    // link() fails with EEXIST when the name was taken meanwhile: no overwrite.
    const int rc = ::link(temp.c_str(), path.c_str());
    const int err = errno;
    ::unlink(temp.c_str());
    if (rc != 0) {
        if (err == EEXIST && exists) *exists = true;
        error = err == EEXIST ? "it already exists" : std::strerror(err);
        return false;
    }
    return true;
}

}  // namespace reltheme
