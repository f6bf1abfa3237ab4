#include "util/atomic_write.h"

#include "util/read_ledger.h"

#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <mutex>
#include <optional>
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

// The temporary files being written, for the handler of SIGTERM, SIGINT and
// SIGHUP to remove before the process dies. A fixed table, because a signal
// handler may not allocate or lock: a slot is free (0), being filled (1) or
// holds a path to remove (2). More writes at once than slots (the threads of
// one run write a file each) leave the extra ones unregistered.
constexpr int k_temp_slots = 64;
constexpr int k_temp_path_max = PATH_MAX;
std::atomic<int> g_slot_state[k_temp_slots];
char g_slot_path[k_temp_slots][k_temp_path_max];
static_assert(std::atomic<int>::is_always_lock_free);

constexpr int k_cleanup_signals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void remove_temp_files_and_die(int sig) {
    const int saved = errno;
    for (int i = 0; i < k_temp_slots; ++i) {
        if (g_slot_state[i].load() == 2) ::unlink(g_slot_path[i]);
    }
    errno = saved;
    // SA_RESETHAND put the default action back: the signal, raised again,
    // ends the process once the handler returns, so the exit status is the
    // signal's (128 + N in a shell).
    ::raise(sig);
}

/// Installs the handler once, for each of the signals whose action is still
/// the default (a signal the parent set to be ignored, as `nohup` does,
/// stays ignored).
void install_cleanup_handler() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (const int sig : k_cleanup_signals) {
            struct sigaction old {};
            if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) continue;
            struct sigaction sa {};
            sa.sa_handler = remove_temp_files_and_die;
            sigemptyset(&sa.sa_mask);
            for (const int other : k_cleanup_signals) sigaddset(&sa.sa_mask, other);
            sa.sa_flags = SA_RESETHAND;
            ::sigaction(sig, &sa, nullptr);
        }
    });
}

/// Blocks the cleanup signals while it lives, so that a temporary file is
/// never created without being registered.
class CleanupSignalsBlocked {
  public:
    CleanupSignalsBlocked() {
        sigset_t set;
        sigemptyset(&set);
        for (const int sig : k_cleanup_signals) sigaddset(&set, sig);
        ::pthread_sigmask(SIG_BLOCK, &set, &m_old);
    }
    ~CleanupSignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &m_old, nullptr); }
    CleanupSignalsBlocked(const CleanupSignalsBlocked&) = delete;
    CleanupSignalsBlocked& operator=(const CleanupSignalsBlocked&) = delete;

  private:
    sigset_t m_old;
};

/// A temporary file registered for removal on a signal while it lives; the
/// owner removes or renames the file itself before it goes.
class TempRegistration {
  public:
    explicit TempRegistration(const std::string& path) {
        if (path.size() >= static_cast<std::size_t>(k_temp_path_max)) return;
        for (int i = 0; i < k_temp_slots; ++i) {
            int expected = 0;
            if (!g_slot_state[i].compare_exchange_strong(expected, 1)) continue;
            std::memcpy(g_slot_path[i], path.c_str(), path.size() + 1);
            g_slot_state[i].store(2);
            m_slot = i;
            return;
        }
    }
    ~TempRegistration() {
        if (m_slot >= 0) g_slot_state[m_slot].store(0);
    }
    TempRegistration(const TempRegistration&) = delete;
    TempRegistration& operator=(const TempRegistration&) = delete;

  private:
    int m_slot = -1;
};

/// A temporary file beside the target, registered for removal on a signal.
struct TempFile {
    int fd = -1;
    std::string path;
    std::optional<TempRegistration> registration;
};

/// Creates a new file beside `path` (`.NAME.XXXXXX`, in the same folder, so
/// it can take the name by rename or link), opens it for writing and
/// registers it for removal on SIGTERM, SIGINT and SIGHUP; fd -1 and `why`
/// when it cannot.
void open_temp_beside(const fs::path& path, TempFile& temp, std::string& why) {
    install_cleanup_handler();
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string pattern = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const CleanupSignalsBlocked blocked;
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        const int err = errno;
        struct stat st {};
        why = ::stat(folder.c_str(), &st) != 0 ? "the folder " + folder.string() + " does not exist"
                                               : std::string(std::strerror(err));
        return;
    }
    temp.fd = fd;
    temp.path = name.data();
    temp.registration.emplace(temp.path);
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

namespace {

/// The temporary file beside `path`, written, synced and renamed over it.
bool replace_file(const fs::path& path, std::string_view content, mode_t mode, std::string& why) {
    TempFile temp_file;
    open_temp_beside(path, temp_file, why);
    const int fd = temp_file.fd;
    const std::string& temp = temp_file.path;
    if (fd < 0) return false;
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
        why = std::strerror(err);
    }
    return ok;
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
    const mode_t mode = exists ? (target.st_mode & 07777) : (0666 & ~current_umask());
    std::string why;
    return replace_file(path, content, mode, why) || fail(why);
}

bool rewrite_input_atomically(const fs::path& path, std::string_view expected,
                              std::string_view content, std::string& error) {
    const auto fail = [&](const std::string& why) {
        error = "cannot fix " + path.string() + ": " + why;
        return false;
    };
    std::error_code ec;
    // A link is written through: its target gets the new text, the link stays.
    const fs::path target_path = fs::canonical(path, ec);
    if (ec) return fail(ec.message());
    struct stat target {};
    if (::stat(target_path.c_str(), &target) != 0) return fail(std::strerror(errno));
    if (!S_ISREG(target.st_mode)) return fail("not a regular file");
    // Its owner's write bit counts even for root, who may write anything.
    if ((target.st_mode & S_IWUSR) == 0 || ::access(target_path.c_str(), W_OK) != 0)
        return fail("it is read-only");
    {
        std::ifstream in(target_path, std::ios::binary);
        const std::string now{std::istreambuf_iterator<char>(in), {}};
        if (!in.eof() && in.fail()) return fail("it cannot be read again");
        if (now != expected) return fail("it changed while reltheme was checking it");
    }
    std::string why;
    return replace_file(target_path, content, target.st_mode & 07777, why) || fail(why);
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
    TempFile temp_file;
    std::string why;
    open_temp_beside(path, temp_file, why);
    const int fd = temp_file.fd;
    const std::string& temp = temp_file.path;
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
