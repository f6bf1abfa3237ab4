#include "check/policy.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "check/registry.h"
#include "check/rule_ids.h"
#include "i18n/messages.h"
#include "util/excerpt.h"
#include "util/glob.h"
#include "util/spelling.h"
#include "util/utf8.h"

namespace reltheme {

std::vector<Suppression> find_suppressions(const SourceText& source) {
    std::vector<Suppression> out;
    for (int line = 1; line <= source.line_count(); ++line) {
        const std::string_view text = source.line(line);
        const auto hash = text.find('#');
        if (hash == std::string_view::npos) continue;
        const auto at = text.find(k_suppression_marker, hash);
        if (at == std::string_view::npos) continue;
        auto open = at + k_suppression_marker.size();
        // `# reltheme: ignored` is another word, not this comment.
        if (open < text.size() && text[open] != '[' && text[open] != ' ' && text[open] != '\t')
            continue;
        const auto bracket = text.find_first_not_of(" \t", open);
        if (bracket != std::string_view::npos && text[bracket] == '[') open = bracket;
        Suppression s;
        s.line = line;
        s.range.begin = {line, static_cast<int>(utf8_length(text.substr(0, hash))) + 1};
        auto column_after = [&](std::size_t end) {
            return static_cast<int>(utf8_length(text.substr(0, end))) + 1;
        };
        const auto close =
            open < text.size() && text[open] == '[' ? text.find(']', open) : std::string_view::npos;
        if (open >= text.size() || text[open] != '[') {
            s.range.end = {line, column_after(open)};
            s.problem = i18n::message("unused-suppression.no-list",
                                      fmt::arg("marker", k_suppression_marker));
            out.push_back(std::move(s));
            continue;
        }
        if (close == std::string_view::npos) {
            s.range.end = {line, column_after(text.size())};
            s.problem = i18n::message("unused-suppression.unclosed");
            out.push_back(std::move(s));
            continue;
        }
        ++open;
        s.range.end = {line, column_after(close + 1)};
        std::string_view ids = text.substr(open, close - open);
        while (!ids.empty()) {
            const auto comma = ids.find(',');
            std::string_view id = ids.substr(0, comma);
            while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
            while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
            if (!id.empty()) s.rules.emplace_back(id);
            if (comma == std::string_view::npos) break;
            ids.remove_prefix(comma + 1);
        }
        if (s.rules.empty()) s.problem = i18n::message("unused-suppression.empty");
        s.used.assign(s.rules.size(), false);
        out.push_back(std::move(s));
    }
    return out;
}

bool may_hold_suppressions(std::string_view text) {
    return text.find(k_suppression_marker) != std::string_view::npos;
}

std::vector<std::string> selectable_names() {
    std::vector<std::string> names(std::begin(k_selectable_groups), std::end(k_selectable_groups));
    for (const auto& rule : check_rules()) names.emplace_back(rule->id());
    return names;
}

std::string selection_error(std::string_view name) {
    const auto names = selectable_names();
    if (std::find(names.begin(), names.end(), name) != names.end()) return {};
    return fmt::format("\"{}\" is not a rule id or group (structure, validate, lint){}",
                       excerpt(name), i18n::did_you_mean(closest_match(name, names)));
}

namespace {

/// How much a `--select`/`--ignore` entry says about `rule`: 2 names it, 1
/// names its group, 0 neither.
int weight(const std::vector<std::string>& names, std::string_view rule, std::string_view group) {
    int best = 0;
    for (const auto& n : names) {
        if (n == rule) return 2;
        if (!group.empty() && n == group) best = 1;
    }
    return best;
}

void apply_level(EffectiveLevel& level, const RuleLevel& configured, std::string source) {
    level.off = configured.off;
    if (!configured.off) level.severity = configured.severity;
    level.source = std::move(source);
}

}  // namespace

EffectiveLevel effective_level(std::string_view rule, std::string_view file,
                               const ProjectConfig& config, const RuleSelection& selection) {
    EffectiveLevel level;
    const std::string id(rule);
    if (const auto it = config.rules.find(id); it != config.rules.end())
        apply_level(level, it->second, "rules");
    std::optional<std::string> path;  // from the project folder, worked out once
    for (std::size_t i = 0; i < config.overrides.size(); ++i) {
        const RuleOverride& o = config.overrides[i];
        const auto it = o.rules.find(id);
        if (it == o.rules.end()) continue;
        if (!path) path = project_relative(std::filesystem::path(file), config);
        const bool matches = std::any_of(o.files.begin(), o.files.end(), [&](const std::string& g) {
            return glob_match(g, *path);
        });
        if (matches) apply_level(level, it->second, fmt::format("overrides[{}]", i));
    }
    if (selection.select.empty() && selection.ignore.empty()) return level;
    const Rule* r = find_check_rule(rule);
    const std::string_view group = r ? to_string(r->group()) : "";
    const int ignored = weight(selection.ignore, rule, group);
    if (!selection.select.empty()) {
        const int selected = weight(selection.select, rule, group);
        if (selected > ignored) {
            level.off = false;
            level.source = "--select";
            return level;
        }
        level.off = true;
        level.source = ignored > 0 ? "--ignore" : "--select";
        return level;
    }
    if (ignored > 0) {
        level.off = true;
        level.source = "--ignore";
    }
    return level;
}

bool may_report(const Diagnostic& d, std::string_view file, const ProjectConfig& config,
                const RuleSelection& selection, bool lint) {
    const Rule* rule = find_check_rule(d.rule);
    if (!lint && rule && rule->group() == RuleGroup::Style) return false;
    return !effective_level(d.rule, file, config, selection).off;
}

void drop_style_findings(std::vector<Diagnostic>& diagnostics, bool lint) {
    std::erase_if(diagnostics, [&](const Diagnostic& d) {
        const Rule* rule = find_check_rule(d.rule);
        return !lint && rule && rule->group() == RuleGroup::Style;
    });
}

namespace {

/// The safe fix of a suppression comment some of whose ids silence nothing:
/// the list rewritten with the ids in `kept`, or, when none is kept, the
/// comment removed (its whole line when it stands alone on it).
std::optional<Fix> suppression_fix(const SourceText& source, const Suppression& s,
                                   const std::vector<std::string>& kept) {
    const std::string_view text = source.line(s.line);
    const std::size_t from = source.offset_of(s.range.begin) - source.offset_of({s.line, 1});
    const std::size_t marker = text.find(k_suppression_marker, from);
    if (marker == text.npos) return std::nullopt;
    const std::size_t hash = text.rfind('#', marker);
    const std::size_t open = text.find('[', marker);
    const std::size_t close = open == text.npos ? text.npos : text.find(']', open);
    if (hash == text.npos || close == text.npos) return std::nullopt;
    const auto column = [&](std::size_t bytes) {
        return static_cast<int>(utf8_length(text.substr(0, bytes))) + 1;
    };
    if (!kept.empty()) {
        std::string list = "[";
        for (std::size_t i = 0; i < kept.size(); ++i) list += (i ? ", " : "") + kept[i];
        return Fix{{{s.line, column(open)}, {s.line, column(close + 1)}}, list + "]", true};
    }
    const std::size_t code_end = text.find_last_not_of(" \t", hash == 0 ? 0 : hash - 1);
    if (hash == 0 || code_end == text.npos) {
        if (s.line < source.line_count()) return Fix{{{s.line, 1}, {s.line + 1, 1}}, "", true};
        return Fix{{{s.line, 1}, {s.line, column(text.size())}}, "", true};
    }
    return Fix{{{s.line, column(code_end + 1)}, {s.line, column(text.size())}}, "", true};
}

}  // namespace

void apply_policy(std::vector<Diagnostic>& diagnostics, const SourceText& source,
                  const ProjectConfig& config, const RuleSelection& selection, bool lint,
                  RuleIdTest is_rule_id) {
    // 1. Style rules belong to `lint` only.
    drop_style_findings(diagnostics, lint);
    // 2. Inline suppressions.
    auto suppressions = find_suppressions(source);
    // A finding inside another file (a template the theme names) is silenced
    // by a comment at the theme's line that names that file.
    auto line_in_theme = [&](const Diagnostic& d) {
        if (d.file.empty() || d.file == source.path()) return d.range.begin.line;
        for (const auto& n : d.notes) {
            if (n.file == source.path()) return n.range.begin.line;
        }
        return 0;
    };
    std::erase_if(diagnostics, [&](const Diagnostic& d) {
        const int line = line_in_theme(d);
        for (auto& s : suppressions) {
            if (line != s.line && line != s.line + 1) continue;
            for (std::size_t i = 0; i < s.rules.size(); ++i) {
                if (s.rules[i] == d.rule) {
                    s.used[i] = true;
                    return true;
                }
            }
        }
        return false;
    });
    for (const auto& s : suppressions) {
        if (!s.problem.empty()) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.rule = rule_id::k_unused_suppression;
            d.file = source.path();
            d.range = s.range;
            d.message = s.problem;
            diagnostics.push_back(std::move(d));
        }
        // Ids that silence nothing here are dropped from the comment (one fix,
        // on the first of their findings); unknown ids stay, for the user to
        // mend (they may be a misspelt rule that is needed).
        std::vector<std::string> kept;
        std::vector<bool> idle(s.rules.size(), false);
        for (std::size_t i = 0; i < s.rules.size(); ++i) {
            if (s.used[i]) {
                kept.push_back(s.rules[i]);
                continue;
            }
            const Rule* rule = find_check_rule(s.rules[i]);
            const bool known = rule || (is_rule_id && is_rule_id(s.rules[i]));
            idle[i] = known && !(rule && rule->group() == RuleGroup::Style && !lint);
            if (!idle[i]) kept.push_back(s.rules[i]);
        }
        bool fixed = false;
        for (std::size_t i = 0; i < s.rules.size(); ++i) {
            if (s.used[i]) continue;
            const Rule* rule = find_check_rule(s.rules[i]);
            if (rule && rule->group() == RuleGroup::Style && !lint) continue;
            Diagnostic d;
            d.severity = Severity::Warning;
            d.rule = rule_id::k_unused_suppression;
            d.file = source.path();
            d.range = s.range;
            d.message = idle[i] ? i18n::message("unused-suppression", fmt::arg("rule", s.rules[i]))
                                : i18n::message("unused-suppression.unknown",
                                                fmt::arg("rule", excerpt(s.rules[i])));
            if (idle[i] && !fixed) {
                d.fix = suppression_fix(source, s, kept);
                fixed = true;
            }
            diagnostics.push_back(std::move(d));
        }
    }
    // 3. Each rule's level for this file: the project file, then the command line.
    std::erase_if(diagnostics, [&](Diagnostic& d) {
        const EffectiveLevel level = effective_level(d.rule, source.path(), config, selection);
        if (level.off) return true;
        if (level.severity) d.severity = *level.severity;
        return false;
    });
    std::stable_sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
}

}  // namespace reltheme
