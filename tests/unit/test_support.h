#pragma once
// Helpers shared by the unit tests.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <stdlib.h>

#include "catalogue/catalogue.h"
#include "check/engine.h"
#include "check/registry.h"
#include "load/project.h"
#include "load/theme_loader.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme::test {

inline std::filesystem::path source_dir() {
    return RELTHEME_SOURCE_DIR;
}

/// A file's whole content, bytes as they are; the test fails when it cannot be
/// read. Not `read_file`: a test's own reads stay out of the read ledger, which
/// would keep the program from writing a file the test has looked at.
inline std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read " << p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// `text` as the file `path`, kept until the next call: what is loaded from it
/// (nodes, findings, code frames) points into it.
inline const SourceText& source_text(const std::string& text, const std::string& path = "t.yaml") {
    static SourceText source;
    source = SourceText(path, text);
    return source;
}

/// Loads a theme from text (as t.yaml); fails the test, showing the findings,
/// when it does not load completely.
inline Theme load_theme_text(const std::string& text) {
    DiagnosticSink sink("t.yaml");
    LoadedTheme loaded = load_theme(source_text(text), sink);
    for (const auto& d : sink.items()) MESSAGE(d.rule << ": " << d.message);
    REQUIRE(loaded.theme);
    REQUIRE(loaded.complete);
    return *loaded.theme;
}

/// Loads and checks a theme given as text (lint: style rules too).
inline std::vector<Diagnostic> check_string(const std::string& text, bool lint = false,
                                            const std::string& path = "theme.yaml") {
    CheckOptions options;
    options.lint = lint;
    return check_text(path, text, options);
}

/// A fresh folder in the system's temporary folder, removed with everything
/// in it at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string name =
            (std::filesystem::temp_directory_path() / "reltheme-test-XXXXXX").string();
        path = ::mkdtemp(name.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

/// Runs in another folder and comes back.
class InFolder {
  public:
    explicit InFolder(const std::filesystem::path& dir) : m_back(std::filesystem::current_path()) {
        std::filesystem::current_path(dir);
    }
    ~InFolder() { std::filesystem::current_path(m_back); }
    InFolder(const InFolder&) = delete;
    InFolder& operator=(const InFolder&) = delete;

  private:
    std::filesystem::path m_back;
};

/// The project file at `file`, loaded as every command loads it (rule ids
/// checked against the catalogue); the test fails when it cannot be used.
inline ProjectConfig project_config(const std::filesystem::path& file) {
    const ProjectFile project = load_project_file(file, configurable_rule_ids());
    std::string why = project.read_error;
    for (const auto& d : project.diagnostics) why += "\n" + d.file + ": " + d.message;
    REQUIRE_MESSAGE(project.config, "the project file " << file << " cannot be used:" << why);
    return *project.config;
}

/// "rule@line:col" of every finding, for compact assertions.
inline std::vector<std::string> brief(const std::vector<Diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) {
        out.push_back(d.rule + "@" + std::to_string(d.range.begin.line) + ":" +
                      std::to_string(d.range.begin.column));
    }
    return out;
}

}  // namespace reltheme::test
