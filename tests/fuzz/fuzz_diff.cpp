// libFuzzer target: two arbitrary inputs (split at the first NUL byte) as
// the old and the new version of one theme file, through `reltheme diff`.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "diff/engine.h"

namespace fs = std::filesystem;

namespace {

const fs::path& work_dir() {
    static const fs::path dir = [] {
        const fs::path d =
            fs::temp_directory_path() / ("reltheme-fuzz-diff-" + std::to_string(::getpid()));
        fs::create_directories(d / "old");
        fs::create_directories(d / "new");
        return d;
    }();
    return dir;
}

reltheme::DiffSide side(const std::string& label, const std::string& text) {
    const fs::path path = work_dir() / label / "theme.yaml";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    reltheme::DiffSide s;
    s.label = label;
    s.files.push_back(reltheme::DiffFile{reltheme::InputPath{label + "/theme.yaml", path, false},
                                         "theme.yaml", "theme.yaml"});
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find('\0');
    const std::string old_text = input.substr(0, split);
    const std::string new_text = split == std::string::npos ? old_text : input.substr(split + 1);
    reltheme::DiffOptions options;
    options.pair_files = true;
    options.limits.max_nodes = 100'000;
    options.limits.max_alias_expansion = 100'000;
    (void)reltheme::diff_sides(side("old", old_text), side("new", new_text), options);
    return 0;
}
