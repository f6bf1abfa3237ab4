#include "util/atomic_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

/// A fresh empty folder under the system's temporary folder.
fs::path scratch(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("reltheme-atomic-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("write_file_atomically writes, replaces and leaves no temporary file") {
    const fs::path dir = scratch("write");
    std::string error;
    REQUIRE(write_file_atomically(dir / "a.md", "first", error));
    CHECK(read(dir / "a.md") == "first");
    fs::permissions(dir / "a.md", fs::perms(0640));
    REQUIRE(write_file_atomically(dir / "a.md", "second", error));
    CHECK(read(dir / "a.md") == "second");
    CHECK((fs::status(dir / "a.md").permissions() & fs::perms::all) == fs::perms(0640));
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically says why it cannot write") {
    const fs::path dir = scratch("fail");
    std::string error;
    CHECK_FALSE(write_file_atomically(dir / "missing" / "a.md", "x", error));
    CHECK(error == "No such file or directory");
    fs::create_directories(dir / "folder");
    CHECK_FALSE(write_file_atomically(dir / "folder", "x", error));
    CHECK(error == "it is a folder");
    if (::geteuid() != 0) {  // root writes into read-only folders anyway
        fs::create_directories(dir / "ro");
        fs::permissions(dir / "ro", fs::perms(0555));
        CHECK_FALSE(write_file_atomically(dir / "ro" / "a.md", "x", error));
        CHECK(error == "Permission denied");
        fs::permissions(dir / "ro", fs::perms(0755));
    }
    fs::remove_all(dir);
}

TEST_CASE("create_file_atomically never replaces a file") {
    const fs::path dir = scratch("create");
    std::string error;
    bool exists = false;
    REQUIRE(create_file_atomically(dir / "t.yaml", "new", error, &exists));
    CHECK_FALSE(exists);
    CHECK_FALSE(create_file_atomically(dir / "t.yaml", "other", error, &exists));
    CHECK(exists);
    CHECK(error == "it already exists");
    CHECK(read(dir / "t.yaml") == "new");
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}
