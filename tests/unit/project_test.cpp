// The one project-file loader: the read is recorded (no output may replace
// it), rule ids are checked against the ids given, findings are located in
// the name given, and a file that cannot be read says why.
#include "load/project.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <fstream>

#include "test_support.h"
#include "util/read_ledger.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

void write(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a project file: read recorded, unknown rule ids located with a did-you-mean") {
    test::TempDir dir;
    const fs::path file = dir.path / "reltheme.yaml";
    write(file, "\xEF\xBB\xBFrules:\n  dead-end: error\n  unknown-stag: off\n");
    const ProjectFile p =
        load_project_file(file, {"unknown-stage", "dead-end"}, "v1:reltheme.yaml");
    CHECK_FALSE(p.config);
    CHECK(p.read_error.empty());
    REQUIRE(p.diagnostics.size() == 1);
    const Diagnostic& d = p.diagnostics[0];
    CHECK(d.file == "v1:reltheme.yaml");
    CHECK(d.rule == "schema");
    CHECK(d.severity == Severity::Error);
    CHECK(d.range.begin.line == 3);
    CHECK(d.range.begin.column == 3);
    CHECK(d.message ==
          "unknown rule \"unknown-stag\" in \"rules\"; did you mean \"unknown-stage\"?");
    REQUIRE(p.source);
    CHECK(p.source->path() == "v1:reltheme.yaml");
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK(recorded_read_of(st.st_dev, st.st_ino) == file);
}

TEST_CASE("a project file found upwards; its levels and folder") {
    test::TempDir dir;
    fs::create_directories(dir.path / "themes" / "sub");
    write(dir.path / "reltheme.yaml", "themes: [\"themes/**/*.yaml\"]\nrules:\n  dead-end: off\n");
    const ProjectFile p = load_project({}, dir.path / "themes" / "sub", {"dead-end"});
    REQUIRE(p.config);
    CHECK(p.diagnostics.empty());
    CHECK(fs::equivalent(p.config->file, dir.path / "reltheme.yaml"));
    CHECK(fs::equivalent(p.config->root, dir.path));
    CHECK(p.config->themes == std::vector<std::string>{"themes/**/*.yaml"});
    REQUIRE(p.config->rules.count("dead-end") == 1);
    CHECK(p.config->rules.at("dead-end").off);
}

TEST_CASE("no project file means the defaults; one that cannot be read says why") {
    test::TempDir dir;
    const ProjectFile none = load_project({}, dir.path, {});
    REQUIRE(none.config);
    CHECK(none.config->file.empty());
    CHECK(none.diagnostics.empty());
    test::InFolder here(dir.path);
    fs::create_directory("folder.yaml");
    const ProjectFile unreadable = load_project("missing.yaml", dir.path, {});
    CHECK_FALSE(unreadable.config);
    CHECK(unreadable.read_error ==
          "cannot read the project file missing.yaml: No such file or directory");
    const ProjectFile folder = load_project_file(dir.path / "folder.yaml", {});
    CHECK(folder.read_error == "cannot read the project file folder.yaml: not a regular file");
}

TEST_CASE("a project file's lang: is en or ru, and anything else is located") {
    SUBCASE("ru") {
        SourceText source("reltheme.yaml", "lang: ru\n");
        DiagnosticSink sink("reltheme.yaml");
        const auto config = parse_project(source, sink);
        REQUIRE(config);
        CHECK(sink.items().empty());
        CHECK(config->lang == Lang::Ru);
    }
    SUBCASE("unset") {
        SourceText source("reltheme.yaml", "themes: [\"*.yaml\"]\n");
        DiagnosticSink sink("reltheme.yaml");
        const auto config = parse_project(source, sink);
        REQUIRE(config);
        CHECK_FALSE(config->lang);
    }
    SUBCASE("a language there is no catalogue for") {
        SourceText source("reltheme.yaml", "lang: rus\n");
        DiagnosticSink sink("reltheme.yaml");
        CHECK_FALSE(parse_project(source, sink));
        REQUIRE(sink.items().size() == 1);
        const Diagnostic& d = sink.items()[0];
        CHECK(d.rule == "schema");
        CHECK(d.range.begin.line == 1);
        CHECK(d.range.begin.column == 7);
        CHECK(d.message == "bad value \"rus\" for \"lang\"; allowed: en, ru; did you mean \"ru\"?");
    }
}
