#pragma once
// Helpers shared by the unit tests.
#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <stdlib.h>

#include "catalogue/catalogue.h"
#include "check/engine.h"
#include "check/registry.h"
#include "load/project.h"
#include "util/diagnostic.h"

namespace reltheme::test {

inline std::filesystem::path source_dir() {
    return RELTHEME_SOURCE_DIR;
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
