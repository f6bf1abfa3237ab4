#include "util/atomic_write.h"

#include "util/read_ledger.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace reltheme {
namespace fs = std::filesystem;
namespace {

/// The process umask (read by setting and restoring it).
mode_t current_umask() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

/// Creates a new file beside `path` (`.NAME.XXXXXX`, in the same folder, so
/// it can take the name by rename or link) and opens it for writing; -1 and
/// `why` when it cannot.
int open_temp_beside(const fs::path& path, std::string& temp, std::string& why) {
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string pattern = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        const int err = errno;
        struct stat st {};
        why = ::stat(folder.c_str(), &st) != 0 ? "the folder " + folder.string() + " does not exist"
                                               : std::string(std::strerror(err));
        return -1;
    }
    temp = name.data();
    return fd;
}

bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

bool write_file_atomically(const fs::path& path, std::string_view content, std::string& error) {
    const auto fail = [&](const std::string& why) {
        error = "cannot write " + path.string() + ": " + why;
        return false;
    };
    if (path.empty() || !path.has_filename()) return fail("not a file name");
    struct stat target {};
    const bool exists = ::stat(path.c_str(), &target) == 0;
    if (exists && S_ISDIR(target.st_mode)) return fail("it is a folder");
    if (exists && !S_ISREG(target.st_mode)) return fail("not a regular file");
    if (exists) {
        if (const auto input = recorded_read_of(static_cast<unsigned long long>(target.st_dev),
                                                static_cast<unsigned long long>(target.st_ino))) {
            const std::string same =
                *input == path ? std::string() : " (" + input->generic_string() + ")";
            error = "refusing to write " + path.string() + ": it is an input of this run" + same;
            return false;
        }
    }

    std::string temp;
    std::string why;
    const int fd = open_temp_beside(path, temp, why);
    if (fd < 0) return fail(why);
    const mode_t mode = exists ? (target.st_mode & 07777) : (0666 & ~current_umask());
    bool ok = write_all(fd, content);
    int err = errno;
    if (ok && ::fchmod(fd, mode) != 0) {
        ok = false;
        err = errno;
    }
    if (ok && ::fsync(fd) != 0 && errno != EINVAL) {
        ok = false;
        err = errno;
    }
    if (::close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (ok && ::rename(temp.c_str(), path.c_str()) != 0) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        ::unlink(temp.c_str());
        return fail(std::strerror(err));
    }
    return true;
}

bool create_file_atomically(const fs::path& path, std::string_view content, std::string& error,
                            bool* exists) {
    if (exists) *exists = false;
    const auto fail = [&](const std::string& why) {
        error = "cannot write " + path.string() + ": " + why;
        return false;
    };
    if (path.empty() || !path.has_filename()) return fail("not a file name");
    struct stat target {};
    if (::lstat(path.c_str(), &target) == 0) {
        if (exists) *exists = true;
        return fail("it already exists");
    }
    std::string temp;
    std::string why;
    const int fd = open_temp_beside(path, temp, why);
    if (fd < 0) return fail(why);
    bool ok = write_all(fd, content) && ::fchmod(fd, 0666 & ~current_umask()) == 0 &&
              (::fsync(fd) == 0 || errno == EINVAL);
    int err = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    // link() fails with EEXIST when the name was taken meanwhile: no overwrite.
    if (ok && ::link(temp.c_str(), path.c_str()) != 0) {
        ok = false;
        err = errno;
    }
    ::unlink(temp.c_str());
    if (!ok) {
        if (err == EEXIST) {
            if (exists) *exists = true;
            return fail("it already exists");
        }
        return fail(std::strerror(err));
    }
    return true;
}

}  // namespace reltheme
