#include "report/diff_report.h"

#include <initializer_list>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "i18n/messages.h"
#include "i18n/plural.h"
#include "report/github.h"
#include "report/json.h"
#include "util/markup.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

using Json = nlohmann::ordered_json;

std::string wrap(bool on, std::string_view code, std::string_view text) {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
}

const char* sign(ChangeOp op) {
    switch (op) {
        case ChangeOp::Added:
            return "+";
        case ChangeOp::Removed:
            return "-";
        case ChangeOp::Changed:
            return "~";
    }
    return " ";
}

const char* sign_color(ChangeOp op) {
    switch (op) {
        case ChangeOp::Added:
            return "32";
        case ChangeOp::Removed:
            return "31";
        case ChangeOp::Changed:
            return "33";
    }
    return "0";
}

/// `id (Name)` of a theme, or its file when it has no id.
std::string theme_title(const ThemeDiff& t) {
    if (t.id.empty()) return t.new_file ? *t.new_file : t.old_file.value_or("");
    if (t.name.empty() || t.name == t.id) return t.id;
    return t.id + " (" + t.name + ")";
}

/// The file(s) of a theme: one path, or `old -> new` when it moved.
std::string theme_files(const ThemeDiff& t) {
    if (t.old_file && t.new_file) {
        return t.old_key == t.new_key ? *t.new_file : *t.old_file + " -> " + *t.new_file;
    }
    return t.new_file ? *t.new_file : t.old_file.value_or("");
}

std::string invalid_reason(const ThemeDiff& t) {
    if (!t.new_errors.empty() && !t.old_errors.empty()) return i18n::message("diff.invalid-both");
    if (!t.new_errors.empty()) return i18n::message("diff.invalid-new");
    return i18n::message("diff.invalid-old");
}

/// A validation error of one side: the finding's JSON form after its side.
Json side_error_json(const Diagnostic& d, const char* side) {
    Json j{{"side", side}};
    j.update(diagnostic_json(d));
    return j;
}

Json change_json(const Change& c) {
    Json j{{"kind", c.kind()},          {"severity", to_string(c.diagnostic.severity)},
           {"breaking", c.breaking()},  {"op", to_string(c.op)},
           {"side", to_string(c.side)}, {"file", c.diagnostic.file}};
    j.update(range_json(c.diagnostic.range));
    j["message"] = c.diagnostic.message;
    if (c.before) j["before"] = *c.before;
    if (c.after) j["after"] = *c.after;
    if (c.anchor) {
        j["anchor"] = Json{{"file", c.anchor->file},
                           {"line", c.anchor->range.begin.line},
                           {"column", c.anchor->range.begin.column}};
    }
    return j;
}

/// Text inside a Markdown table cell: one line, markup escaped, no mention
/// nor link live (the report is posted as a pull-request comment).
std::string md_text(std::string_view text) {
    return markdown_inert(markdown_escape(printable(text)));
}

/// Text inside a code span: backticks cannot be escaped there, so they go.
std::string md_code(std::string_view text) {
    std::string out;
    for (const char ch : printable(text)) {
        if (ch == '`')
            out += '\'';
        else if (ch == '|')
            out += "\\|";
        else if (ch == '\n' || ch == '\r')
            out += ' ';
        else
            out += ch;
    }
    return "`" + out + "`";
}

/// `file:line` of a change for the Markdown table.
std::string md_where(const Change& c) {
    return md_code(fmt::format("{}:{}", c.diagnostic.file, c.diagnostic.range.begin.line));
}

/// A table's header row: `| Theme | Kind |`, its column names from the
/// catalogue.
std::string md_header(std::initializer_list<const char*> columns) {
    std::string out = "|";
    for (const char* c : columns) out += " " + i18n::message(c) + " |";
    return out + "\n";
}

/// A theme's status in a report's words: "changed", «изменена».
std::string status_words(ThemeStatus status) {
    switch (status) {
        case ThemeStatus::Added:
            return i18n::message("md.status.added");
        case ThemeStatus::Removed:
            return i18n::message("md.status.removed");
        case ThemeStatus::Changed:
            return i18n::message("md.status.changed");
        case ThemeStatus::Unchanged:
            return i18n::message("md.status.unchanged");
        case ThemeStatus::Invalid:
            break;
    }
    return to_string(status);
}

void md_table(std::ostream& out, const DiffResult& result, Severity severity) {
    out << md_header({"md.col.theme", "md.col.kind", "md.col.change", "md.col.where"})
        << "|---|---|---|---|\n";
    for (const auto& t : result.themes) {
        for (const auto& c : t.changes) {
            if (c.diagnostic.severity != severity) continue;
            out << "| " << md_code(t.id) << " | " << md_code(c.kind()) << " | "
                << md_text(c.diagnostic.message) << " | " << md_where(c) << " |\n";
        }
    }
}

}  // namespace

std::string diff_summary_line(const DiffResult& result) {
    const int invalid = result.invalid_new + result.invalid_old;
    const int compared = static_cast<int>(result.themes.size()) - invalid;
    std::vector<std::string> parts;
    if (!result.failures.empty() && result.themes.empty()) {
        // A failed run never reads as "no changes".
        parts.push_back(i18n::message("diff-summary.nothing"));
    } else if (result.breaking + result.warnings + result.infos == 0) {
        if (compared > 0 || invalid == 0) {
            parts.push_back(
                i18n::message("diff-summary.no-changes",
                              fmt::arg("themes", i18n::count(compared, "noun.theme-in"))));
        }
    } else {
        parts.push_back(i18n::message(
            "diff-summary",
            fmt::arg("breaking", i18n::count(result.breaking, "noun.breaking-change")),
            fmt::arg("warnings", i18n::count(result.warnings, "noun.warning")),
            fmt::arg("infos", i18n::count(result.infos, "noun.info")),
            fmt::arg("changed", result.changed_themes),
            fmt::arg("themes", i18n::count(compared, "noun.theme-of"))));
    }
    if (invalid > 0) {
        parts.push_back(i18n::message("diff-summary.not-compared",
                                      fmt::arg("themes", i18n::count(invalid, "noun.theme"))));
    }
    std::string s;
    for (const auto& p : parts) s += (s.empty() ? "" : "; ") + p;
    return s + fmt::format(" ({} -> {})", result.old_label, result.new_label) +
           failure_summary(result.failures);
}

void print_diff_human(std::ostream& out, const DiffResult& result, const HumanOptions& options) {
    bool first = true;
    for (const auto& t : result.themes) {
        if (t.status == ThemeStatus::Unchanged) continue;
        if (options.quiet && t.breaking == 0 && t.new_errors.empty()) continue;
        if (!first) out << "\n";
        first = false;
        std::string header = theme_title(t);
        if (!t.id.empty()) header += " — " + theme_files(t);
        if (t.status == ThemeStatus::Invalid)
            header += i18n::message("diff.not-compared", fmt::arg("why", invalid_reason(t)));
        out << wrap(options.color, "1", printable(header)) << "\n";
        for (const auto* errors : {&t.old_errors, &t.new_errors}) {
            for (const auto& d : *errors) print_diagnostic(out, d, t.source_of(d.file), options);
        }
        for (const auto& c : t.changes) {
            if (options.quiet && !c.breaking()) continue;
            out << wrap(options.color, sign_color(c.op), sign(c.op)) << " ";
            print_diagnostic(out, c.diagnostic, t.source_of(c.diagnostic.file), options);
        }
    }
    for (const auto& f : result.failures) print_failure(out, f, options);
    const bool something =
        result.breaking > 0 || result.invalid_new > 0 || !result.failures.empty();
    if (!options.quiet || something) {
        if (!first) out << "\n";
        out << diff_summary_line(result) << "\n";
    }
}

void print_diff_json(std::ostream& out, const DiffResult& result) {
    Json themes = Json::array();
    for (const auto& t : result.themes) {
        Json j{{"id", t.id}, {"name", t.name}, {"status", to_string(t.status)}};
        j["old_file"] = t.old_file ? Json(*t.old_file) : Json(nullptr);
        j["new_file"] = t.new_file ? Json(*t.new_file) : Json(nullptr);
        j["breaking"] = t.breaking;
        j["warnings"] = t.warnings;
        j["info"] = t.infos;
        Json changes = Json::array();
        for (const auto& c : t.changes) changes.push_back(change_json(c));
        j["changes"] = std::move(changes);
        Json errors = Json::array();
        for (const auto& d : t.old_errors) errors.push_back(side_error_json(d, "old"));
        for (const auto& d : t.new_errors) errors.push_back(side_error_json(d, "new"));
        j["errors"] = std::move(errors);
        themes.push_back(std::move(j));
    }
    Json root{
        {"version", 1}, {"old", result.old_label}, {"new", result.new_label}, {"themes", themes}};
    root["unreadable"] = failures_json(result.failures);
    root["summary"] = Json{{"themes", result.themes.size()},
                           {"changed", result.changed_themes},
                           {"breaking", result.breaking},
                           {"warnings", result.warnings},
                           {"info", result.infos},
                           {"invalid_new", result.invalid_new},
                           {"invalid_old", result.invalid_old},
                           {"unreadable", result.failures.size()},
                           {"text", diff_summary_line(result)}};
    write_json(out, root);
}

void print_diff_markdown(std::ostream& out, const DiffResult& result) {
    // 1. A headline that says whether the change is safe to merge.
    std::string headline;
    if (!result.failures.empty()) {
        // A failed run is never "no changes": say so first, and why.
        out << i18n::message("md.failed") << "\n\n";
        for (const auto& f : result.failures)
            out << "- " << md_code(std::string(to_string(f.reason))) << " " << md_text(f.message)
                << "\n";
        out << "\n" << md_text(diff_summary_line(result)) << "\n";
        return;
    }
    if (result.breaking > 0) {
        headline = i18n::count(result.breaking, "noun.breaking-change");
    } else if (result.invalid_new > 0) {
        headline = i18n::count(result.invalid_new, "noun.theme-invalid");
    } else if (result.warnings + result.infos == 0) {
        headline = i18n::message("md.no-changes");
    } else {
        headline = i18n::message("md.no-breaking");
    }
    out << i18n::message("md.head", fmt::arg("headline", headline)) << "\n\n";
    out << i18n::message(
               "md.comparing", fmt::arg("old", md_code(result.old_label)),
               fmt::arg("new", md_code(result.new_label)),
               fmt::arg("changed", result.changed_themes),
               fmt::arg("themes",
                        i18n::count(static_cast<long long>(result.themes.size()), "noun.theme-of")),
               fmt::arg("breaking", i18n::count(result.breaking, "noun.breaking-change")),
               fmt::arg("warnings", i18n::count(result.warnings, "noun.warning")),
               fmt::arg("infos", i18n::count(result.infos, "noun.info")))
        << "\n\n";

    // 2. One row per theme that changed.
    bool table = false;
    for (const auto& t : result.themes) {
        if (t.status == ThemeStatus::Unchanged) continue;
        if (!table) {
            out << md_header({"md.col.theme", "md.col.file", "md.col.status", "md.col.breaking",
                              "md.col.warnings", "md.col.info"})
                << "|---|---|---|--:|--:|--:|\n";
            table = true;
        }
        const std::string status =
            t.status == ThemeStatus::Invalid
                ? i18n::message("md.status.invalid", fmt::arg("why", invalid_reason(t)))
                : status_words(t.status);
        const std::string title =
            t.id.empty() ? "" : md_code(t.id) + (t.name.empty() ? "" : " " + md_text(t.name));
        out << "| " << title << " | " << md_code(theme_files(t)) << " | " << md_text(status)
            << " | " << (t.breaking > 0 ? "**" + std::to_string(t.breaking) + "**" : "0") << " | "
            << t.warnings << " | " << t.infos << " |\n";
    }
    if (table) out << "\n";

    // 3. Breaking changes first, then warnings, the rest folded away.
    if (result.breaking > 0) {
        out << i18n::message("md.breaking") << "\n\n";
        md_table(out, result, Severity::Error);
        out << "\n";
    }
    if (result.warnings > 0) {
        out << i18n::message("md.warnings") << "\n\n";
        md_table(out, result, Severity::Warning);
        out << "\n";
    }
    if (result.infos > 0) {
        out << "<details>\n<summary>" << i18n::count(result.infos, "noun.other-change")
            << "</summary>\n\n";
        md_table(out, result, Severity::Info);
        out << "\n</details>\n\n";
    }

    // 4. What could not be compared, with its errors.
    if (result.invalid_new + result.invalid_old > 0) {
        out << i18n::message("md.not-compared") << "\n\n";
        for (const auto& t : result.themes) {
            if (t.status != ThemeStatus::Invalid) continue;
            out << md_code(theme_files(t)) << ": " << md_text(invalid_reason(t)) << "\n\n";
            for (const auto* errors : {&t.old_errors, &t.new_errors}) {
                for (const auto& d : *errors) {
                    out << "- "
                        << md_code(fmt::format("{}:{}:{}", d.file, d.range.begin.line,
                                               d.range.begin.column))
                        << " " << md_code(d.rule) << " " << md_text(d.message) << "\n";
                }
            }
            out << "\n";
        }
    }
    out << "<sub>" << i18n::message("md.footer") << "</sub>\n";
}

void print_diff_github(std::ostream& out, const DiffResult& result) {
    // What the run could not read: an error each, the reason as title, as
    // the findings' GitHub report writes it.
    for (const auto& f : result.failures) {
        out << github_command(
            {Severity::Error, {}, Range{}, std::string(to_string(f.reason)), f.message, {}});
    }
    for (const auto& t : result.themes) {
        for (const auto* errors : {&t.old_errors, &t.new_errors}) {
            const bool old = errors == &t.old_errors;
            for (const auto& d : *errors) {
                GithubAnnotation a{old ? Severity::Warning : Severity::Error,
                                   old ? t.old_plain : t.new_plain,
                                   d.range,
                                   d.rule,
                                   (old ? i18n::message("diff.old-invalid") : "") + d.message,
                                   d.notes};
                out << github_command(a);
            }
        }
        for (const auto& c : t.changes) {
            std::string file = t.new_plain;
            Range range = c.diagnostic.range;
            std::string message = c.diagnostic.message;
            if (c.side == Side::Old) {
                if (c.anchor) {
                    file = c.anchor->file;
                    range = c.anchor->range;
                    message += i18n::message("diff.was-at", fmt::arg("file", c.diagnostic.file),
                                             fmt::arg("line", c.diagnostic.range.begin.line));
                } else {
                    file = t.old_plain;
                }
            }
            out << github_command(
                {c.diagnostic.severity, file, range, "reltheme diff: " + c.kind(), message, {}});
        }
    }
}

const OutputRegistry<DiffResult, HumanOptions>& diff_outputs() {
    using Registry = OutputRegistry<DiffResult, HumanOptions>;
    static const Registry registry({
        {"human", print_diff_human},
        {"json", [](std::ostream& out, const DiffResult& r,
                    const HumanOptions&) { print_diff_json(out, r); }},
        {"markdown", [](std::ostream& out, const DiffResult& r,
                        const HumanOptions&) { print_diff_markdown(out, r); }},
        {"github", [](std::ostream& out, const DiffResult& r,
                      const HumanOptions&) { print_diff_github(out, r); }},
    });
    return registry;
}

}  // namespace reltheme
