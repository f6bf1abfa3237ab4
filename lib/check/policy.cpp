#include "check/policy.h"

#include <algorithm>

#include <fmt/format.h>

#include "check/registry.h"
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
            s.problem = fmt::format(
                "\"# {}\" names no rules, so it silences nothing: write "
                "# {}[rule-id] reason",
                k_suppression_marker, k_suppression_marker);
            out.push_back(std::move(s));
            continue;
        }
        if (close == std::string_view::npos) {
            s.range.end = {line, column_after(text.size())};
            s.problem = "the rule list of this suppression is not closed with \"]\"";
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
        if (s.rules.empty()) s.problem = "this suppression names no rules between \"[\" and \"]\"";
        s.used.assign(s.rules.size(), false);
        out.push_back(std::move(s));
    }
    return out;
}

bool may_hold_suppressions(std::string_view text) {
    return text.find(k_suppression_marker) != std::string_view::npos;
}

bool may_report(const Diagnostic& d, const ProjectConfig& config, bool lint) {
    const Rule* rule = find_check_rule(d.rule);
    if (!lint && rule && rule->group() == RuleGroup::Style) return false;
    const auto it = config.rules.find(d.rule);
    return it == config.rules.end() || !it->second.off;
}

void drop_style_findings(std::vector<Diagnostic>& diagnostics, bool lint) {
    std::erase_if(diagnostics, [&](const Diagnostic& d) {
        const Rule* rule = find_check_rule(d.rule);
        return !lint && rule && rule->group() == RuleGroup::Style;
    });
}

void apply_policy(std::vector<Diagnostic>& diagnostics, const SourceText& source,
                  const ProjectConfig& config, bool lint, RuleIdTest is_rule_id) {
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
            d.rule = "unused-suppression";
            d.file = source.path();
            d.range = s.range;
            d.message = s.problem;
            diagnostics.push_back(std::move(d));
        }
        for (std::size_t i = 0; i < s.rules.size(); ++i) {
            if (s.used[i]) continue;
            const Rule* rule = find_check_rule(s.rules[i]);
            if (rule && rule->group() == RuleGroup::Style && !lint) continue;
            const bool known = rule || (is_rule_id && is_rule_id(s.rules[i]));
            Diagnostic d;
            d.severity = Severity::Warning;
            d.rule = "unused-suppression";
            d.file = source.path();
            d.range = s.range;
            d.message = known ? fmt::format("nothing here to suppress for \"{}\"", s.rules[i])
                              : fmt::format("\"{}\" is not a rule id", printable(s.rules[i]));
            diagnostics.push_back(std::move(d));
        }
    }
    // 3. The project file's per-rule levels.
    std::erase_if(diagnostics, [&](Diagnostic& d) {
        const auto it = config.rules.find(d.rule);
        if (it == config.rules.end()) return false;
        if (it->second.off) return true;
        d.severity = it->second.severity;
        return false;
    });
    std::stable_sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
}

}  // namespace reltheme
