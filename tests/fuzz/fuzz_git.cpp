// libFuzzer target: a repository whose loose objects are damaged, read as
// `diff --against HEAD~1` reads it (the revision, its trees, a theme's blob).
// Input: a first byte choosing the object (the commit HEAD~1, its root tree,
// the tree of themes/, the theme's blob) and whether the rest is written as
// it is or zlib-compressed (the object's inflated text: "TYPE SIZE\0...").
// The repository is made once with the git program; each run restores it.
#include <unistd.h>
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "diff/git.h"

namespace fs = std::filesystem;

namespace {

struct Repo {
    fs::path dir;
    std::vector<fs::path> objects;  ///< commit HEAD~1, its tree, themes/, the blob
    std::vector<std::string> saved;
};

std::string run(const std::string& command) {
    std::string out;
    if (FILE* p = ::popen(command.c_str(), "r")) {
        char buf[256];
        while (const std::size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
        ::pclose(p);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

const Repo& repo() {
    static const Repo r = [] {
        Repo out;
        out.dir = fs::temp_directory_path() / ("reltheme-fuzz-git-" + std::to_string(::getpid()));
        fs::create_directories(out.dir / "themes");
        const std::string git = "cd '" + out.dir.string() +
                                "' && GIT_CONFIG_NOSYSTEM=1 HOME=. git -c user.name=f "
                                "-c user.email=f@example.com ";
        std::ofstream(out.dir / "themes" / "t.yaml")
            << "reltheme: 1\nid: t\nname: T\ntype: sales\nstages: [{id: a, name: A}]\n";
        run(git + "init -q . && " + git + "add . && " + git + "commit -qm one");
        std::ofstream(out.dir / "themes" / "t.yaml", std::ios::app) << "# two\n";
        run(git + "commit -qam two");
        for (const char* spec :
             {"HEAD~1", "HEAD~1^{tree}", "HEAD~1:themes", "HEAD~1:themes/t.yaml"}) {
            const std::string hex = run(git + "rev-parse '" + spec + "'");
            if (hex.size() != 40) std::abort();  // no git program: nothing to fuzz
            const fs::path file = out.dir / ".git" / "objects" / hex.substr(0, 2) / hex.substr(2);
            fs::permissions(file, fs::perms::owner_write, fs::perm_options::add);
            out.objects.push_back(file);
            out.saved.push_back(slurp(file));
        }
        return out;
    }();
    return r;
}

std::string compressed(const std::string& text) {
    uLongf size = compressBound(static_cast<uLong>(text.size()));
    std::string out(size, '\0');
    compress(reinterpret_cast<Bytef*>(out.data()), &size,
             reinterpret_cast<const Bytef*>(text.data()), static_cast<uLong>(text.size()));
    out.resize(size);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const Repo& r = repo();
    const std::size_t which = data[0] % r.objects.size();
    const bool raw = (data[0] / r.objects.size()) % 2 == 1;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::ofstream(r.objects[which], std::ios::binary | std::ios::trunc)
        << (raw ? rest : compressed(rest));
    std::string error;
    if (auto git = reltheme::GitRepository::open(r.dir, error)) {
        if (auto tree = git->tree("HEAD~1", error))
            (void)tree->read("themes/t.yaml", 1 << 20, error);
    }
    std::ofstream(r.objects[which], std::ios::binary | std::ios::trunc) << r.saved[which];
    return 0;
}
