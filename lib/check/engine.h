#pragma once
/// A `validate`/`lint` run over many files: read, load, check each (in
/// parallel), check across files, apply the severity policy. Output order
/// never depends on the number of jobs.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "check/context.h"
#include "check/policy.h"
#include "load/discover.h"
#include "load/project.h"
#include "load/yaml_doc.h"
#include "model/theme.h"
#include "util/diagnostic.h"
#include "util/findings.h"
#include "util/source.h"

namespace reltheme {

class ResultCache;

struct CheckOptions {
    bool lint = false;  ///< run the style rules too
    /// Keep each file's loaded theme (`check_inputs`' `themes`), so a command
    /// that goes on to compare, render or simulate never parses it again.
    bool keep_themes = false;
    ResultCache* cache = nullptr;  ///< `--cache`: reuse findings of unchanged files
    int jobs = 1;
    YamlLimits limits;
    ProjectConfig config;
    RuleSelection selection;  ///< `--select` / `--ignore`
    /// Which ids an unused suppression may name besides check's rules (the
    /// catalogue's `is_rule_id`; see apply_policy).
    RuleIdTest is_rule_id = nullptr;
    /// The texts of the files themes name (templates, instruction files)
    /// where they are not the disk's: the language server's open documents.
    NamedFileText named_text = nullptr;
};

/// Reads a file's bytes; returns nullopt and sets `error` when it cannot.
using FileReader = std::function<std::optional<std::string>(const InputPath&, std::string& error)>;

/// Reads regular files and standard input, refusing FIFOs, devices and files
/// over the size limit without reading them.
FileReader disk_reader(std::size_t max_bytes);

using FileResult = FileFindings;
using CheckResult = Findings;

/// A file as checking loaded it.
struct CheckedTheme {
    SourceText source;           ///< the text read, BOM removed
    std::optional<Theme> theme;  ///< none: unreadable, not a theme, or not loadable
    bool complete = false;       ///< the loader read every part (no structural error)
};

/// Reads, loads and checks every input. With `keep_themes` and `themes`
/// given, `(*themes)[i]` is what input `i` loaded to (a result reused from
/// the cache keeps no theme).
CheckResult check_inputs(const std::vector<InputPath>& inputs, const CheckOptions& options,
                         const FileReader& reader, std::vector<CheckedTheme>* themes = nullptr);

/// Loads and checks one theme's text on its own (no cross-file checks).
std::vector<Diagnostic> check_text(const std::string& path, const std::string& text,
                                   const CheckOptions& options);

}  // namespace reltheme
