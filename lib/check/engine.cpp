#include "check/engine.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "check/cache.h"
#include "check/context.h"
#include "check/policy.h"
#include "check/registry.h"
#include "load/file_kind.h"
#include "load/theme_loader.h"
#include "util/file.h"
#include "util/parallel.h"
#include "util/severity_counts.h"

namespace reltheme {
namespace fs = std::filesystem;
namespace {

struct Work {
    FileResult result;
    std::optional<ThemeSummary> summary;
    CheckedTheme kept;  ///< with `keep_themes`
};

/// Runs the rules whose parts of the theme loaded cleanly.
void run_theme_rules(const ThemeContext& ctx, ThemeParts incomplete, bool lint,
                     DiagnosticSink& sink) {
    for (const auto& rule : check_rules()) {
        if (rule->group() == RuleGroup::Style && !lint) continue;
        if (rule->needs().intersects(incomplete)) continue;
        rule->check_theme(ctx, sink);
    }
}

Work check_file(const InputPath& input, const CheckOptions& options, const FileReader& reader);

/// Checks one file. A file with no findings (and no suppression comment)
/// keeps no text: memory stays flat however many files a run reads (a finding
/// added later, across files, reads the file again for its code frame).
Work check_one(const InputPath& input, const CheckOptions& options, const FileReader& reader) {
    Work w = check_file(input, options, reader);
    drop_style_findings(w.result.diagnostics, options.lint);
    // Suppression comments are read from the text after the checks (an unused
    // one is itself a finding), so a file that has any keeps its text.
    const auto& d = w.result.diagnostics;
    const bool reportable = std::any_of(d.begin(), d.end(), [&](const Diagnostic& x) {
        return may_report(x, input.display, options.config, options.selection, options.lint);
    });
    if (!reportable && !input.is_stdin && !may_hold_suppressions(w.result.source.text()))
        w.result.source.release_text();
    return w;
}

Work check_file(const InputPath& input, const CheckOptions& options, const FileReader& reader) {
    Work w;
    w.result.path = input.display;
    std::string error;
    auto bytes = reader(input, error);
    if (!bytes) {
        w.result.read_error = error;
        return w;
    }
    const bool cached = options.cache && !input.is_stdin;
    const std::string hash = cached ? content_hash(*bytes) : std::string();
    w.result.source = SourceText(input.display, strip_bom(std::move(*bytes)));
    const ThemePlace place = place_of_theme(input.display, input.path, input.is_stdin);
    const CachePlace where = cached ? cache_place(place, input.path) : CachePlace{};
    if (cached) {
        if (auto hit = options.cache->lookup(input.display, hash, where, w.result.source)) {
            w.result.diagnostics = std::move(hit->diagnostics);
            w.summary = std::move(hit->summary);
            // Findings inside templates name them as seen from here: the
            // cache read them again for their code frames.
            w.result.related = std::move(hit->related);
            return w;
        }
    }
    DiagnosticSink sink(input.display);
    // Scenario, model and deal files (`load/file_kind`) may sit beside
    // themes; they are not themes, so they are not checked as such.
    if (file_kind(w.result.source.text()) != FileKind::Theme) return w;
    LoadedTheme loaded = load_theme(w.result.source, sink, options.limits);
    if (loaded.theme) {
        w.summary = ThemeSummary{input.display, loaded.theme->id.value, loaded.theme->id.range};
    }
    if (loaded.theme) {
        const ThemeContext ctx{*loaded.theme, w.result.source, options.config, place,
                               options.named_text};
        run_theme_rules(ctx, loaded.incomplete, options.lint, sink);
    }
    w.result.diagnostics = std::move(sink.items());
    w.result.related = std::move(sink.sources());
    if (cached) {
        CachedResult entry{w.result.diagnostics, w.summary, {}, {}};
        if (loaded.theme) entry.dependencies = theme_dependencies(*loaded.theme, place);
        options.cache->store(input.display, hash, where, std::move(entry));
    }
    if (options.keep_themes) {
        w.kept.source = w.result.source;
        w.kept.theme = std::move(loaded.theme);
        w.kept.complete = loaded.complete;
    }
    return w;
}

}  // namespace

FileReader disk_reader(std::size_t max_bytes) {
    return [max_bytes](const InputPath& input, std::string& error) -> std::optional<std::string> {
        if (input.is_stdin) {
            std::string text((std::istreambuf_iterator<char>(std::cin)),
                             std::istreambuf_iterator<char>());
            return text;
        }
        return read_file(input.path, max_bytes, error);
    };
}

CheckResult check_inputs(const std::vector<InputPath>& inputs, const CheckOptions& options,
                         const FileReader& reader, std::vector<CheckedTheme>* themes) {
    // 1. Load and check every file, in parallel; results land by index.
    std::vector<Work> work(inputs.size());
    parallel_for(inputs.size(), options.jobs,
                 [&](int, std::uint64_t i) { work[i] = check_one(inputs[i], options, reader); });

    // 2. Checks across files.
    std::vector<ThemeSummary> summaries;
    std::map<std::string, std::size_t> index_of_file;
    for (std::size_t i = 0; i < work.size(); ++i) {
        if (work[i].summary) summaries.push_back(*work[i].summary);
        index_of_file.emplace(work[i].result.path, i);
    }
    std::vector<Diagnostic> across;
    for (const auto& rule : check_rules()) rule->check_all(summaries, across);
    for (auto& d : across) {
        const auto it = index_of_file.find(d.file);
        if (it != index_of_file.end()) work[it->second].result.diagnostics.push_back(std::move(d));
    }

    // 3. Severity policy per file, then totals.
    CheckResult result;
    for (std::size_t i = 0; i < work.size(); ++i) {
        FileResult& f = work[i].result;
        if (f.read_error) {
            result.read_failed = true;
        } else {
            if (!f.diagnostics.empty() && f.source.text().empty() && !inputs[i].is_stdin) {
                // Its text was let go when the file had no findings of its own.
                std::string error;
                if (auto bytes = reader(inputs[i], error))
                    f.source = SourceText(f.path, strip_bom(std::move(*bytes)));
            }
            apply_policy(f.diagnostics, f.source, options.config, options.selection, options.lint,
                         options.is_rule_id);
            std::erase_if(f.related, [&](const SourceText& s) {
                return std::none_of(f.diagnostics.begin(), f.diagnostics.end(),
                                    [&](const Diagnostic& d) { return d.file == s.path(); });
            });
        }
        count_into(result, f.diagnostics);
        if (f.diagnostics.empty()) f.source.release_text();
        result.files.push_back(std::move(f));
    }
    if (themes) {
        themes->clear();
        themes->reserve(work.size());
        for (auto& w : work) themes->push_back(std::move(w.kept));
    }
    return result;
}

std::vector<Diagnostic> check_text(const std::string& path, const std::string& text,
                                   const CheckOptions& options) {
    const InputPath input{path, path, false};
    const FileReader reader = [&](const InputPath&, std::string&) -> std::optional<std::string> {
        return text;
    };
    CheckResult r = check_inputs({input}, options, reader);
    return std::move(r.files.front().diagnostics);
}

}  // namespace reltheme
