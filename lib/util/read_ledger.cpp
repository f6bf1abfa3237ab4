#include "util/read_ledger.h"

#include <sys/stat.h>

#include <mutex>
#include <vector>

namespace reltheme {
namespace {

struct Ledger {
    std::mutex lock;
    std::vector<std::filesystem::path> paths;
};

Ledger& ledger() {
    static Ledger k_ledger;
    return k_ledger;
}

}  // namespace

void record_read(const std::filesystem::path& path) {
    Ledger& l = ledger();
    const std::lock_guard<std::mutex> guard(l.lock);
    l.paths.push_back(path);
}

std::optional<std::filesystem::path> recorded_read_of(unsigned long long device,
                                                      unsigned long long inode) {
    Ledger& l = ledger();
    const std::lock_guard<std::mutex> guard(l.lock);
    for (const auto& p : l.paths) {
        struct stat st {};
        if (::stat(p.c_str(), &st) == 0 && static_cast<unsigned long long>(st.st_dev) == device &&
            static_cast<unsigned long long>(st.st_ino) == inode)
            return p;
    }
    return std::nullopt;
}

}  // namespace reltheme
