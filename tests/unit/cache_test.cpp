// The result cache: entries survive a save and a load under the same key and
// salt, and are misses under another key, another salt, an edited file, or
// when an entry names what the run did not read.
#include "check/cache.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "test_support.h"
#include "util/sha256.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

const std::string k_theme = "reltheme: 1\nid: one\nname: One\n";

struct CacheFixture {
    test::TempDir dir;
    test::InFolder in{dir.path};
    fs::path file = dir.path / "cache.json";
    SourceText text{"one.yaml", k_theme};
    CachePlace where;

    CacheFixture() {
        fs::create_directories(dir.path / ".git");
        std::ofstream("one.yaml") << k_theme;
        where = cache_place(place_of_theme("one.yaml", "one.yaml", false), "one.yaml");
    }

    Diagnostic finding(const std::string& file_name, const std::string& rule = "schema") const {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.rule = rule;
        d.file = file_name;
        d.range = {{2, 5}, {2, 8}};
        d.message = "a finding";
        return d;
    }

    /// Stores `entry` for one.yaml under `key`, saves, and loads it back
    /// under `key_again`.
    std::optional<CachedResult> round_trip(CachedResult entry, const std::string& key = "k1",
                                           const std::string& key_again = "k1") const {
        ResultCache writer(file, key, "salt");
        writer.store("one.yaml", content_hash(k_theme), where, std::move(entry));
        std::string error;
        REQUIRE(writer.save(error));
        const ResultCache reader(file, key_again, "salt");
        return reader.lookup("one.yaml", content_hash(k_theme), where, text);
    }

    CachedResult entry_with(std::vector<Diagnostic> ds) const {
        CachedResult r;
        r.diagnostics = std::move(ds);
        r.summary = ThemeSummary{"one.yaml", "one", {{2, 5}, {2, 8}}};
        return r;
    }
};

}  // namespace

TEST_CASE("cache: an entry comes back under the same key and salt, and only then") {
    CacheFixture f;
    const auto hit = f.round_trip(f.entry_with({f.finding("one.yaml")}));
    REQUIRE(hit);
    REQUIRE(hit->diagnostics.size() == 1);
    CHECK(hit->diagnostics[0].message == "a finding");
    CHECK_FALSE(f.round_trip(f.entry_with({}), "k1", "k2"));
    ResultCache writer(f.file, "k1", "salt");
    writer.store("one.yaml", content_hash(k_theme), f.where, f.entry_with({}));
    std::string error;
    REQUIRE(writer.save(error));
    CHECK_FALSE(ResultCache(f.file, "k1", "other salt")
                    .lookup("one.yaml", content_hash(k_theme), f.where, f.text));
    CHECK_FALSE(ResultCache(f.file, "k1", "salt")
                    .lookup("one.yaml", content_hash("other"), f.where, f.text));
}

TEST_CASE("cache: a file edited after signing is ignored as a whole") {
    CacheFixture f;
    REQUIRE(f.round_trip(f.entry_with({f.finding("one.yaml")})));
    std::stringstream content;
    content << std::ifstream(f.file).rdbuf();
    std::string edited = content.str();
    const auto at = edited.find("a finding");
    REQUIRE(at != std::string::npos);
    edited.replace(at, 9, "b finding");
    std::ofstream(f.file, std::ios::trunc) << edited;
    CHECK_FALSE(ResultCache(f.file, "k1", "salt")
                    .lookup("one.yaml", content_hash(k_theme), f.where, f.text));
}

TEST_CASE("cache: entries that no run writes are misses, even signed") {
    CacheFixture f;
    std::ofstream(f.dir.path / "secret.txt") << "secret\n";
    CHECK_FALSE(f.round_trip(f.entry_with({f.finding((f.dir.path / "secret.txt").string())})));
    CHECK_FALSE(f.round_trip(f.entry_with({f.finding("one.yaml", "no-such-rule")})));
    CHECK_FALSE(f.round_trip(f.entry_with({f.finding("one.yaml", "unused-suppression")})));
    Diagnostic escape = f.finding("one.yaml");
    escape.message = "\x1b]0;title\x07";
    CHECK_FALSE(f.round_trip(f.entry_with({escape})));
    Diagnostic far = f.finding("one.yaml");
    far.range = {{900, 1}, {900, 2}};
    CHECK_FALSE(f.round_trip(f.entry_with({far})));
    CachedResult invented = f.entry_with({});
    invented.summary->id = "two";
    CHECK_FALSE(f.round_trip(invented));
    CachedResult hidden = f.entry_with({});
    hidden.summary.reset();
    CHECK_FALSE(f.round_trip(hidden));
}

TEST_CASE("cache: a path the theme names is part of the key") {
    CacheFixture f;
    std::ofstream("offer.md") << "Hello\n";
    const ThemePlace& place = f.where.place;
    const std::string before = dependency_state(place, "offer.md");
    std::ofstream("offer.md", std::ios::trunc) << "Hello!\n";
    const std::string edited = dependency_state(place, "offer.md");
    CHECK(edited != before);
    fs::remove("offer.md");
    const std::string missing = dependency_state(place, "offer.md");
    CHECK(missing != edited);
    // The same bytes outside the repository, through a link.
    test::TempDir outside;
    std::ofstream(outside.path / "offer.md") << "Hello!\n";
    fs::create_symlink(outside.path / "offer.md", "offer.md");
    CHECK(dependency_state(place, "offer.md") != edited);
}

TEST_CASE("cache_key: made once with mode 0600, refused when others may read it") {
    test::TempDir dir;
    std::string error;
    const auto key = cache_key(dir.path / "cache", error);
    REQUIRE(key);
    CHECK(key->size() == 32);
    CHECK((fs::status(dir.path / "cache" / "key").permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(cache_key(dir.path / "cache", error) == key);
    fs::permissions(dir.path / "cache" / "key", fs::perms::group_read, fs::perm_options::add);
    CHECK_FALSE(cache_key(dir.path / "cache", error));
    CHECK(error == (dir.path / "cache" / "key").string() +
                       " is not a key of this user (a regular file of 32 bytes, mode 0600)");
}
