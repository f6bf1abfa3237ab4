// Paths a theme names: resolution against the theme's folder, the repository
// root (symbolic links included), and findings inside template files.
#include "load/theme_files.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "check/engine.h"
#include "report/human.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

/// A throw-away repository (a folder with `.git`) that the test works in;
/// the working directory is moved there and back.
class TempRepo {
  public:
    fs::path repo() const { return m_root.path / "repo"; }
    fs::path outside() const { return m_root.path; }
    void write(const fs::path& rel, const std::string& text) const {
        const fs::path p = m_root.path / rel;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
    }

  private:
    static fs::path with_git(const fs::path& dir) {
        fs::create_directories(dir / ".git");
        return dir;
    }
    test::TempDir m_root;
    test::InFolder m_in{with_git(m_root.path / "repo")};
};

std::string theme_with(const std::string& documents, const std::string& extra = "") {
    return "reltheme: 1\nid: t\nname: T\ntype: sales\n" + extra +
           "stages:\n  - id: new\n    name: Новый\ndocuments:\n" + documents +
           "fields:\n  - id: discount\n    name: Скидка\n    type: number\n";
}

std::string document(const std::string& template_path, const std::string& id = "offer") {
    return "  - id: " + id +
           "\n    name: Документ\n    kind: print-form\n    template: " + template_path + "\n";
}

Findings run(const std::string& display) {
    CheckOptions options;
    const InputPath input{display, fs::path(display), false};
    return check_inputs({input}, options, disk_reader(1u << 24));
}

/// "file:line:col rule" of every finding.
std::string where(const Findings& f) {
    std::string out;
    for (const auto& d : f.files.front().diagnostics) {
        out += d.file + ":" + std::to_string(d.range.begin.line) + ":" +
               std::to_string(d.range.begin.column) + " " + d.rule + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("a finding inside a template points at the template file as seen from the run") {
    TempRepo repo;
    repo.write("repo/templates/offer.md",
               "# КП\n\nДля {{client.name}}, скидка {{fields.dicsount}}.\n");
    repo.write("repo/themes/t.yaml", theme_with(document("../templates/offer.md")));
    const Findings f = run("themes/t.yaml");
    CHECK(where(f) == "templates/offer.md:3:29 unknown-placeholder\n");
    const Diagnostic& d = f.files.front().diagnostics.front();
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].file == "themes/t.yaml");
    CHECK(d.notes[0].range.begin.line == 12);
    REQUIRE(d.fix);
    CHECK(d.fix->replacement == "fields.discount");
    // The report shows the template's own line.
    std::ostringstream out;
    print_human(out, f, HumanOptions{});
    CHECK(out.str().find("3 | Для {{client.name}}, скидка {{fields.dicsount}}.") !=
          std::string::npos);
}

TEST_CASE("a syntax error in a template file is template-syntax at the tag") {
    TempRepo repo;
    repo.write("repo/templates/offer.md", "Для {{client.name}\n");
    repo.write("repo/t.yaml", theme_with(document("templates/offer.md")));
    CHECK(where(run("t.yaml")) == "templates/offer.md:1:5 template-syntax\n");
}

TEST_CASE("a template used twice is checked once and the instruction file too") {
    TempRepo repo;
    repo.write("repo/templates/offer.md", "{{client.nmae}}\n");
    repo.write("repo/docs/t.md", "# {{theme.name}} {{stage.nmae}}\n");
    repo.write("repo/t.yaml",
               theme_with(document("templates/offer.md") + document("./templates/offer.md", "copy"),
                          "instruction_file: docs/t.md\n"));
    CHECK(where(run("t.yaml")) ==
          "docs/t.md:1:18 unknown-placeholder\ntemplates/offer.md:1:1 unknown-placeholder\n");
}

TEST_CASE("a suppression at the theme line that names a template silences findings inside it") {
    TempRepo repo;
    repo.write("repo/templates/offer.md", "{{client.nmae}}\n");
    repo.write("repo/t.yaml",
               theme_with("  - id: offer\n    name: Документ\n    kind: print-form\n"
                          "    # reltheme: ignore[unknown-placeholder] legacy template\n"
                          "    template: templates/offer.md\n"));
    CHECK(where(run("t.yaml")).empty());
}

TEST_CASE("paths: absolute or above the root or through links or missing or not a file") {
    TempRepo repo;
    repo.write("secret.md", "{{client.nmae}}\n");
    repo.write("repo/templates/offer.md", "{{client.name}}\n");
    repo.write("repo/templates/binary.docx", std::string("PK\0\0{{client.nmae}}", 19));
    fs::create_directory_symlink(repo.outside(), repo.repo() / "out");
    fs::create_symlink(repo.repo() / "templates" / "offer.md",
                       repo.repo() / "templates" / "inside-link.md");
    REQUIRE(::mkfifo((repo.repo() / "templates" / "pipe.md").c_str(), 0600) == 0);
    repo.write(
        "repo/t.yaml",
        theme_with(document("/etc/passwd", "a") + document("../secret.md", "b") +
                   document("out/secret.md", "c") + document("out/repo/templates/offer.md", "d") +
                   document("templates/inside-link.md", "e") + document("templates/ofer.md", "f") +
                   document("templates/pipe.md", "g") + document("templates/binary.docx", "h") +
                   document("templates", "i")));
    const Findings f = run("t.yaml");
    CHECK(where(f) ==
          "t.yaml:12:15 path-escape\n"
          "t.yaml:16:15 path-escape\n"
          "t.yaml:20:15 path-escape\n"
          "t.yaml:32:15 missing-file\n"
          "t.yaml:36:15 missing-file\n"
          "t.yaml:44:15 missing-file\n");
    const auto& ds = f.files.front().diagnostics;
    CHECK(ds[2].message.find("symbolic link") != std::string::npos);
    CHECK(ds[3].message.find("did you mean \"templates/offer.md\"?") != std::string::npos);
    REQUIRE(ds[3].fix);
    CHECK(ds[3].fix->replacement == "templates/offer.md");
    CHECK(ds[4].message.find("named pipe") != std::string::npos);
    CHECK(ds[5].message.find("folder") != std::string::npos);
}

TEST_CASE("a repository root reached through a symbolic link is still the root") {
    TempRepo repo;
    repo.write("repo/templates/offer.md", "{{client.name}}\n");
    repo.write("repo/t.yaml", theme_with(document("templates/offer.md")));
    fs::create_directory_symlink(repo.repo(), repo.outside() / "alias");
    CHECK(where(run((repo.outside() / "alias" / "t.yaml").string())).empty());
}

TEST_CASE("standard input resolves paths from the folder of --stdin-filename") {
    TempRepo repo;
    repo.write("repo/themes/templates/offer.md", "{{client.nmae}}\n");
    const std::string text = theme_with(document("templates/offer.md"));
    CheckOptions options;
    const InputPath input{"themes/t.yaml", {}, true};
    const FileReader reader = [&](const InputPath&, std::string&) -> std::optional<std::string> {
        return text;
    };
    const Findings f = check_inputs({input}, options, reader);
    CHECK(where(f) == "themes/templates/offer.md:1:1 unknown-placeholder\n");
}

TEST_CASE("read_text_file refuses binary and invalid UTF-8 files") {
    TempRepo repo;
    repo.write("repo/a.md", "\xEF\xBB\xBFтекст");
    repo.write("repo/b.bin", std::string("a\0b", 3));
    repo.write("repo/c.md", "\xff\xfe");
    CHECK(read_text_file(repo.repo() / "a.md") == "текст");
    CHECK_FALSE(read_text_file(repo.repo() / "b.bin"));
    CHECK_FALSE(read_text_file(repo.repo() / "c.md"));
    CHECK_FALSE(read_text_file(repo.repo() / "a.md", 3));
}

TEST_CASE("a theme that cannot name files is known without loading it") {
    CHECK_FALSE(may_name_files("reltheme: 1\nid: t\nstages:\n  - id: new\n"));
    CHECK(may_name_files("documents:\n  - id: offer\n    template: offer.md\n"));
    CHECK(may_name_files("documents:\n  - email: {subject: s, body: b.md}\n"));
    CHECK(may_name_files("instruction_file: i.md\n"));
    // A key spelt with escapes in double quotes is still one of them.
    CHECK(may_name_files("\"\\x74emplate\": offer.md\n"));
}

TEST_CASE("read_theme_file follows the checks' rules: inside the root, from the theme's folder") {
    TempRepo repo;
    repo.write("repo/templates/offer.md", "\xEF\xBB\xBFКП");
    repo.write("secret.md", "x");
    const ThemePlace place{"themes/t.yaml", repo.repo() / "themes", repo.repo()};
    std::string error;
    fs::path resolved;
    CHECK(read_theme_file(place, "../templates/offer.md", 100, error, &resolved) == "КП");
    CHECK(resolved == repo.repo() / "templates" / "offer.md");
    CHECK_FALSE(read_theme_file(place, "../../secret.md", 100, error));
    CHECK(error == "it leads outside the repository root");
    CHECK_FALSE(read_theme_file(place, "/etc/passwd", 100, error));
    CHECK(error == "an absolute path; write it relative to the theme file");
    CHECK_FALSE(read_theme_file(place, "../templates/none.md", 100, error));
    CHECK(error == "no such file");
    CHECK_FALSE(read_theme_file(place, "../templates", 100, error));
    CHECK(error == "a folder");
    CHECK_FALSE(read_theme_file(place, "../templates/offer.md", 3, error));
    CHECK(error == "the file is 7 bytes, over the limit of 3 (RELTHEME_MAX_FILE_BYTES)");
}

TEST_CASE("resolve_theme_path: version-control internals, written or reached through a link") {
    TempRepo repo;
    repo.write("repo/.git/config", "[http]\n\textraheader = AUTHORIZATION: basic dG9rZW4=\n");
    repo.write("repo/docs/a.md", "a\n");
    fs::create_directory_symlink(repo.repo() / ".git", repo.repo() / "docs" / "vcs");
    const ThemePlace place = place_of_theme("t.yaml", repo.repo() / "t.yaml", false);
    const auto status = [&](const std::string& written) {
        const ResolvedPath r = resolve_theme_path(place, written);
        return std::to_string(static_cast<int>(r.status)) + " " + r.detail;
    };
    const std::string vcs = std::to_string(static_cast<int>(PathStatus::VcsInternal));
    CHECK(status(".git/config") == vcs + " .git");
    CHECK(status("docs/../.git/config") == vcs + " .git");
    CHECK(status("docs/vcs/config") == vcs + " .git");
    CHECK(status("a/.hg/x.md") == vcs + " .hg");
    CHECK(status(".svn/x.md") == vcs + " .svn");
    CHECK(status(".reltheme-cache/x") == vcs + " .reltheme-cache");
    CHECK(status("docs/a.md") == std::to_string(static_cast<int>(PathStatus::Ok)) + " ");
    // A name that only starts like one is an ordinary folder.
    CHECK(status(".github/x.md") == std::to_string(static_cast<int>(PathStatus::Missing)) + " ");
    std::string error;
    CHECK_FALSE(read_theme_file(place, "docs/vcs/config", 1000, error));
    CHECK(error == "it is inside .git, which is never read");
}
