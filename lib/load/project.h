#pragma once
/// The project file `reltheme.yaml`: which files to read, which to skip,
/// per-rule severity, and the registry references are checked against.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "i18n/lang.h"
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

/// Rule levels for some files only (`overrides:` entries), as ESLint's
/// `overrides`: later entries win over earlier ones and over `rules:`.
struct RuleOverride {
    std::vector<std::string> files;  ///< globs, from the project folder
    std::map<std::string, RuleLevel> rules;
};

struct ProjectConfig {
    std::filesystem::path file;  ///< empty when there is no project file
    std::filesystem::path root;  ///< the project file's folder
    std::vector<std::string> themes;
    std::vector<std::string> ignore;
    /// Folder walks skip what git ignores and `node_modules/`
    /// (load/git_ignore.h); false with `--no-ignore`.
    bool gitignore = true;
    std::map<std::string, RuleLevel> rules;
    std::vector<RuleOverride> overrides;
    /// Where each rule id is named (in `rules:` and in `overrides`), to check it.
    std::vector<std::pair<std::string, Range>> rule_key_ranges;
    std::optional<Registry> registry;
    /// `lang:`: the language of the run's messages, below `--lang` and
    /// RELTHEME_LANG and above the locale (docs/i18n.md).
    std::optional<Lang> lang;
    /// The `baseline` key: the baseline file, from the project folder
    /// (load/baseline.h); empty: `reltheme-baseline.json` there.
    std::string baseline;
};

/// Parses a project file's text; findings go to `sink` (rule `schema` etc.).
/// Returns nullopt when it cannot be used. Rule ids are not checked: see
/// load_project_file.
std::optional<ProjectConfig> parse_project(const SourceText& source, DiagnosticSink& sink);

/// The ids `rules:` may name. The catalogue lives above this layer (check/,
/// diff/), so whoever loads a project file passes it in.
using RuleIds = std::vector<std::string>;

/// A project file read and checked: the config, or why it cannot be used.
struct ProjectFile {
    /// nullopt when the file cannot be used (the command exits 2).
    std::optional<ProjectConfig> config;
    /// Located findings (unknown keys, bad levels, unknown rule ids).
    std::vector<Diagnostic> diagnostics;
    /// The text the findings point into, for code frames.
    std::optional<SourceText> source;
    /// Set when the file could not be read: `cannot read the project file F: WHY`.
    std::string read_error;
};

/// Reads `path` through the one file reader (so the run never writes over
/// it), parses it and checks that every id in `rules:` is in `rule_ids`,
/// with a did-you-mean. `display` names the file in findings (default: the
/// path), e.g. `HEAD~1:reltheme.yaml` for a copy taken from a revision.
ProjectFile load_project_file(const std::filesystem::path& path, const RuleIds& rule_ids,
                              const std::string& display = {});

/// The project file of a run: `explicit_file` (`--config`) when given, else
/// the nearest `reltheme.yaml` from `start` upwards, else none (a default
/// config, no findings).
ProjectFile load_project(const std::filesystem::path& explicit_file,
                         const std::filesystem::path& start, const RuleIds& rule_ids);

/// The nearest `reltheme.yaml` from `start` upwards, if any.
std::optional<std::filesystem::path> find_project_file(const std::filesystem::path& start);

/// A path relative to the project root (the working folder without a
/// project file), with `/`: what the project file's globs are matched against.
/// Lexical: the path as walked, with no link resolved.
std::string project_relative(const std::filesystem::path& p, const ProjectConfig& config);

/// Where a run that names `paths` looks for its project file: the first path
/// (a file's folder, a folder itself; `-` stands for `stdin_name`) that has a
/// `reltheme.yaml` at or above it, so `reltheme lint crm/themes/a.yaml` run at
/// a repository's root uses `crm/reltheme.yaml`, as pre-commit runs it; else
/// `fallback` (the working folder).
std::filesystem::path project_search_start(const std::vector<std::string>& paths,
                                           const std::string& stdin_name,
                                           const std::filesystem::path& fallback);

/// The repository root of a path: nearest folder up holding `reltheme.yaml`
/// or `.git`, else the path's own folder.
std::filesystem::path repository_root(const std::filesystem::path& theme_file);

}  // namespace reltheme
