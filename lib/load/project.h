#pragma once
/// The project file `reltheme.yaml`: which files to read, which to skip,
/// per-rule severity, and the registry references are checked against.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/theme.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme {

/// A rule's configured level: a severity, or off.
struct RuleLevel {
    bool off = false;
    Severity severity = Severity::Warning;
    Range range;  ///< where the project file says so
};

struct Registry {
    std::vector<Located<std::string>> scripts;
    std::vector<Located<std::string>> approvers;
    bool has_scripts = false;
    bool has_approvers = false;
};

struct ProjectConfig {
    std::filesystem::path file;  ///< empty when there is no project file
    std::filesystem::path root;  ///< the project file's folder
    std::vector<std::string> themes;
    std::vector<std::string> ignore;
    std::map<std::string, RuleLevel> rules;
    std::map<std::string, Range> rule_key_ranges;
    std::optional<Registry> registry;
};

/// Parses a project file's text; findings go to `sink` (rule `schema` etc.).
/// Returns nullopt when it cannot be used.
std::optional<ProjectConfig> parse_project(const SourceText& source, DiagnosticSink& sink);

/// The nearest `reltheme.yaml` from `start` upwards, if any.
std::optional<std::filesystem::path> find_project_file(const std::filesystem::path& start);

/// The repository root of a path: nearest folder up holding `reltheme.yaml`
/// or `.git`, else the path's own folder.
std::filesystem::path repository_root(const std::filesystem::path& theme_file);

}  // namespace reltheme
