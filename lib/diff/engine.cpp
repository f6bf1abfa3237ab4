#include "diff/engine.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "check/engine.h"
#include "diff/change_kind.h"
#include "i18n/messages.h"
#include "load/theme_loader.h"
#include "util/file.h"
#include "util/parallel.h"
#include "util/severity_counts.h"

namespace reltheme {
namespace fs = std::filesystem;
namespace {

/// One file of one side after validation and loading.
struct Entry {
    const DiffFile* file = nullptr;
    SourceText source;
    std::optional<Theme> theme;
    std::vector<Diagnostic> errors;  ///< validation findings at error severity
    std::optional<std::string> read_error;
    bool used = false;

    bool valid() const { return theme && errors.empty() && !read_error; }
    const std::string& id() const {
        static const std::string k_none;
        return theme ? theme->id.value : k_none;
    }
};

/// Reads a side's files: a revision's from memory, the others from disk.
FileReader side_reader(const DiffSide& side, const DiffOptions& options) {
    auto held = std::make_shared<std::unordered_map<std::string, const HeldFile*>>();
    for (const auto& f : side.files) {
        if (f.held) held->emplace(f.input.path.native(), &*f.held);
    }
    const std::size_t max_bytes = options.limits.max_bytes;
    return [held, disk = disk_reader(max_bytes), max_bytes](
               const InputPath& input, std::string& error) -> std::optional<std::string> {
        const auto it = input.is_stdin ? held->end() : held->find(input.path.native());
        if (it == held->end()) return disk(input, error);
        const HeldFile& file = *it->second;
        if (!file.bytes || file.size > max_bytes) {
            error = too_large_reason(file.size, max_bytes);
            return std::nullopt;
        }
        return *file.bytes;
    };
}

/// Validates every file of a side as `validate` does (project file of that
/// side, cross-file checks included), keeping the themes it loaded.
std::vector<Entry> load_side(const DiffSide& side, const DiffOptions& options) {
    std::vector<InputPath> inputs;
    for (const auto& f : side.files) inputs.push_back(f.input);
    CheckOptions check;
    check.lint = false;
    check.keep_themes = true;
    check.jobs = options.jobs;
    check.limits = options.limits;
    check.config = side.config;
    check.is_rule_id = options.is_rule_id;
    std::vector<CheckedTheme> themes;
    const Findings findings = check_inputs(inputs, check, side_reader(side, options), &themes);

    std::vector<Entry> out;
    for (std::size_t i = 0; i < side.files.size(); ++i) {
        Entry e;
        e.file = &side.files[i];
        const FileFindings& f = findings.files[i];
        e.read_error = f.read_error;
        for (const auto& d : f.diagnostics) {
            if (d.severity == Severity::Error) e.errors.push_back(d);
        }
        if (!e.read_error) {
            e.source = std::move(themes[i].source);
            e.theme = std::move(themes[i].theme);
        }
        if (!e.theme && !e.read_error && e.errors.empty()) {
            // Every finding was switched off in the project file, yet there is
            // no theme to compare.
            Diagnostic d;
            d.rule = "schema";
            d.file = f.path;
            d.range = Range{{1, 1}, {1, 2}};
            d.message = i18n::message("diff.no-theme-in-file");
            e.errors.push_back(std::move(d));
        }
        out.push_back(std::move(e));
    }
    return out;
}

ThemeVersion version_of(const Entry& e) {
    const InputPath& input = e.file->input;
    return ThemeVersion{*e.theme, e.source, input.display, e.file->plain,
                        place_of_theme(input.display, input.path, input.is_stdin)};
}

/// Levels from the project file's `rules:` (off drops a change).
void apply_levels(std::vector<Change>& changes, const ProjectConfig& config) {
    std::erase_if(changes, [&](Change& c) {
        const auto it = config.rules.find(c.kind());
        if (it == config.rules.end()) return false;
        if (it->second.off) return true;
        c.diagnostic.severity = it->second.severity;
        return false;
    });
}

/// Breaking first, then by kind in registry order, then by place.
void sort_changes(std::vector<Change>& changes) {
    std::map<std::string, std::size_t> order;
    const auto& kinds = all_change_kinds();
    for (std::size_t i = 0; i < kinds.size(); ++i) order.emplace(std::string(kinds[i]->id()), i);
    std::stable_sort(changes.begin(), changes.end(), [&](const Change& a, const Change& b) {
        if (a.diagnostic.severity != b.diagnostic.severity)
            return a.diagnostic.severity > b.diagnostic.severity;
        const std::size_t ka = order[a.kind()];
        const std::size_t kb = order[b.kind()];
        if (ka != kb) return ka < kb;
        if (a.side != b.side) return a.side == Side::New;
        return a.diagnostic.range.begin < b.diagnostic.range.begin;
    });
}

ThemeDiff make_diff(Entry* old_entry, Entry* new_entry, const DiffOptions& options) {
    ThemeDiff d;
    // One version's file; the new one's id and name win over the old one's.
    const auto take = [&d](Entry& e, std::optional<std::string>& file, std::string& plain,
                           std::string& key, SourceText& source) {
        e.used = true;
        file = e.file->input.display;
        plain = e.file->plain;
        key = e.file->key;
        source = e.source;
        if (e.theme) {
            d.id = e.theme->id.value;
            d.name = e.theme->name.value;
        }
    };
    if (old_entry) take(*old_entry, d.old_file, d.old_plain, d.old_key, d.old_source);
    if (new_entry) take(*new_entry, d.new_file, d.new_plain, d.new_key, d.new_source);
    const bool old_ok = old_entry && old_entry->valid();
    const bool new_ok = new_entry && new_entry->valid();
    if ((old_entry && !old_ok && (new_entry || !old_entry->theme)) || (new_entry && !new_ok)) {
        // A version that does not validate is shown, not compared. A removed
        // theme that loaded but does not validate is still a removed theme.
        d.status = ThemeStatus::Invalid;
        if (old_entry && !old_ok) d.old_errors = old_entry->errors;
        if (new_entry && !new_ok) d.new_errors = new_entry->errors;
        return d;
    }
    std::optional<ThemeVersion> old_version;
    std::optional<ThemeVersion> new_version;
    if (old_entry) old_version.emplace(version_of(*old_entry));
    if (new_entry) new_version.emplace(version_of(*new_entry));
    ChangeSink sink(old_version ? &*old_version : nullptr, new_version ? &*new_version : nullptr);
    for (const ChangeKind* kind : all_change_kinds()) {
        if (old_version && new_version) {
            kind->compare(ThemePair{*old_version, *new_version}, sink);
        } else if (new_version) {
            kind->theme_added(*new_version, sink);
        } else {
            kind->theme_removed(*old_version, sink);
        }
    }
    d.changes = std::move(sink.items());
    apply_levels(d.changes, options.config);
    sort_changes(d.changes);
    SeverityCounts counts;
    for (const auto& c : d.changes) counts.add(c.diagnostic.severity);
    d.breaking = counts.errors;
    d.warnings = counts.warnings;
    d.infos = counts.infos;
    if (old_version && new_version) {
        d.status = d.changes.empty() ? ThemeStatus::Unchanged : ThemeStatus::Changed;
    } else {
        d.status = new_version ? ThemeStatus::Added : ThemeStatus::Removed;
    }
    // Sources are kept only where something will be shown.
    if (d.changes.empty()) {
        d.old_source = SourceText();
        d.new_source = SourceText();
    }
    return d;
}

}  // namespace

const char* to_string(ThemeStatus s) {
    switch (s) {
        case ThemeStatus::Added:
            return "added";
        case ThemeStatus::Removed:
            return "removed";
        case ThemeStatus::Changed:
            return "changed";
        case ThemeStatus::Unchanged:
            return "unchanged";
        case ThemeStatus::Invalid:
            return "invalid";
    }
    return "";
}

const SourceText* ThemeDiff::source_of(const std::string& file) const {
    if (new_file && file == *new_file && new_source.line_count() > 0) return &new_source;
    if (old_file && file == *old_file && old_source.line_count() > 0) return &old_source;
    return nullptr;
}

DiffResult diff_sides(const DiffSide& old_side, const DiffSide& new_side,
                      const DiffOptions& options) {
    DiffResult result;
    result.old_label = old_side.label;
    result.new_label = new_side.label;

    // 1. Validate and load both sides.
    std::vector<Entry> olds = load_side(old_side, options);
    std::vector<Entry> news = load_side(new_side, options);
    for (const auto* side : {&olds, &news}) {
        for (const Entry& e : *side) {
            if (e.read_error)
                result.failures.push_back(
                    {FailureReason::ReadError, e.file->input.display,
                     "cannot read " + e.file->input.display + ": " + *e.read_error});
        }
    }
    auto readable = [](const Entry& e) { return !e.read_error; };

    // 2. Match themes: two named files directly; else by id, then by file.
    std::vector<std::pair<Entry*, Entry*>> pairs;
    if (options.pair_files && !olds.empty() && !news.empty() && readable(olds[0]) &&
        readable(news[0])) {
        pairs.emplace_back(&olds[0], &news[0]);
        olds[0].used = news[0].used = true;
    }
    for (Entry& n : news) {
        if (n.used || !readable(n) || n.id().empty()) continue;
        for (Entry& o : olds) {
            if (o.used || !readable(o) || o.id() != n.id()) continue;
            pairs.emplace_back(&o, &n);
            o.used = n.used = true;
            break;
        }
    }
    for (Entry& n : news) {
        if (n.used || !readable(n)) continue;
        for (Entry& o : olds) {
            if (o.used || !readable(o) || o.file->key != n.file->key) continue;
            // A file whose id changed, unless the old id lives on elsewhere.
            const bool old_id_kept = std::any_of(news.begin(), news.end(), [&](const Entry& x) {
                return !o.id().empty() && x.id() == o.id();
            });
            if (old_id_kept) continue;
            pairs.emplace_back(&o, &n);
            o.used = n.used = true;
            break;
        }
    }
    for (Entry& n : news) {
        if (!n.used && readable(n)) pairs.emplace_back(nullptr, &n);
    }
    for (Entry& o : olds) {
        if (!o.used && readable(o)) pairs.emplace_back(&o, nullptr);
    }

    // 3. Compare each pair, in parallel; results land by index.
    result.themes.resize(pairs.size());
    parallel_for(pairs.size(), options.jobs, [&](int, std::uint64_t i) {
        result.themes[i] = make_diff(pairs[i].first, pairs[i].second, options);
    });
    std::stable_sort(result.themes.begin(), result.themes.end(),
                     [](const ThemeDiff& a, const ThemeDiff& b) {
                         const std::string& fa = a.new_file ? *a.new_file : *a.old_file;
                         const std::string& fb = b.new_file ? *b.new_file : *b.old_file;
                         return std::tie(a.id, fa) < std::tie(b.id, fb);
                     });

    // 4. Totals.
    for (const ThemeDiff& t : result.themes) {
        result.breaking += t.breaking;
        result.warnings += t.warnings;
        result.infos += t.infos;
        if (!t.new_errors.empty()) ++result.invalid_new;
        if (!t.old_errors.empty() && t.new_errors.empty()) ++result.invalid_old;
        if (t.status != ThemeStatus::Unchanged && t.status != ThemeStatus::Invalid)
            ++result.changed_themes;
    }
    return result;
}

}  // namespace reltheme
