// libFuzzer target: a result cache file signed with the right key (what a
// user who can write the cache folder could plant), its entry for a theme
// holding arbitrary findings, read and looked up as `lint --cache` does.
// Input: the JSON of the entry's `diagnostics` (and, after a NUL byte, of its
// `dependencies`); an input starting with `!` is the whole body instead.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "check/cache.h"

namespace fs = std::filesystem;

namespace {

const std::string k_key(32, 'k');
const std::string k_salt = "fuzz";

struct Place {
    fs::path dir;
    reltheme::CachePlace where;
    reltheme::SourceText text;
    std::string hash;
};

const Place& place() {
    static const Place p = [] {
        Place out;
        out.dir = fs::temp_directory_path() / ("reltheme-fuzz-cache-" + std::to_string(::getpid()));
        fs::create_directories(out.dir);
        std::ofstream(out.dir / "reltheme.yaml") << "reltheme: 1\n";
        const std::string theme = "reltheme: 1\nid: t\nname: T\ntype: sales\nstages: []\n";
        std::ofstream(out.dir / "theme.yaml", std::ios::binary) << theme;
        const reltheme::ThemePlace where =
            reltheme::place_of_theme("theme.yaml", out.dir / "theme.yaml", false);
        out.where = reltheme::cache_place(where, out.dir / "theme.yaml");
        out.text = reltheme::SourceText("theme.yaml", theme);
        out.hash = reltheme::content_hash(theme);
        return out;
    }();
    return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Place& p = place();
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::string body;
    if (input.starts_with('!')) {
        body = input.substr(1);
    } else {
        const std::size_t split = input.find('\0');
        const std::string diagnostics = input.substr(0, split);
        const std::string dependencies =
            split == std::string::npos ? "[]" : input.substr(split + 1);
        const auto quoted = [](const std::string& s) { return nlohmann::json(s).dump(); };
        body = "{\"salt\":" + quoted(k_salt) +
               ",\"files\":{\"theme.yaml\":{\"hash\":" + quoted(p.hash) +
               ",\"root\":" + quoted(p.where.place.repo_root.string()) +
               ",\"dir\":" + quoted(p.where.place.dir.string()) +
               ",\"real\":" + quoted(p.where.real_path) + ",\"diagnostics\":" + diagnostics +
               ",\"dependencies\":" + dependencies + "}}}";
    }
    const fs::path file = p.dir / "cache";
    std::ofstream(file, std::ios::binary | std::ios::trunc)
        << reltheme::signed_cache_text(k_key, body);
    const reltheme::ResultCache cache(file, k_key, k_salt);
    (void)cache.lookup("theme.yaml", p.hash, p.where, p.text);
    return 0;
}
