#include "util/atomic_write.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include "report_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

using test::TempDir;

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("a file is written whole, replacing the old one, with no temporary left") {
    TempDir dir;
    const fs::path file = dir.path / "report.json";
    std::string error;
    REQUIRE(write_file_atomically(file, "first", error));
    CHECK(test::read_text(file) == "first");
    ::chmod(file.c_str(), 0640);
    REQUIRE(write_file_atomically(file, "second, longer", error));
    CHECK(test::read_text(file) == "second, longer");
    CHECK((fs::status(file).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("a missing folder or a folder in the way is a clear error") {
    TempDir dir;
    std::string error;
    CHECK_FALSE(write_file_atomically(dir.path / "no" / "report.json", "x", error));
    CHECK(error == "cannot write " + (dir.path / "no" / "report.json").string() + ": the folder " +
                       (dir.path / "no").string() + " does not exist");
    fs::create_directory(dir.path / "sub");
    CHECK_FALSE(write_file_atomically(dir.path / "sub", "x", error));
    CHECK(error.ends_with(": it is a folder"));
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("a folder that cannot be written is a clear error and the old file stays") {
    if (::geteuid() == 0) {
        MESSAGE("skipped: running as root, permissions do not stop writes");
        return;
    }
    TempDir dir;
    const fs::path file = dir.path / "report.json";
    std::string error;
    REQUIRE(write_file_atomically(file, "old", error));
    ::chmod(dir.path.c_str(), 0555);
    CHECK_FALSE(write_file_atomically(file, "new", error));
    ::chmod(dir.path.c_str(), 0755);
    CHECK(error == "cannot write " + file.string() + ": Permission denied");
    CHECK(test::read_text(file) == "old");
}

TEST_CASE("create_file_atomically never replaces a file") {
    TempDir dir;
    const fs::path file = dir.path / "theme.yaml";
    std::string error;
    bool exists = false;
    REQUIRE(create_file_atomically(file, "new", error, &exists));
    CHECK_FALSE(exists);
    CHECK(test::read_text(file) == "new");
    CHECK_FALSE(create_file_atomically(file, "other", error, &exists));
    CHECK(exists);
    CHECK(error == "cannot write " + file.string() + ": it already exists");
    CHECK(test::read_text(file) == "new");
    CHECK_FALSE(create_file_atomically(dir.path / "no" / "t.yaml", "x", error, &exists));
    CHECK_FALSE(exists);
    CHECK(error.ends_with("does not exist"));
    CHECK(entries(dir.path) == 1);
}
