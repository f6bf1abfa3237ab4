#include "report/sarif.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "check/fixer.h"
#include "i18n/lang.h"
#include "i18n/messages.h"
#include "report/fingerprint.h"
#include "report/json.h"
#include "util/uri.h"

#ifndef RELTHEME_HOMEPAGE_URL
#define RELTHEME_HOMEPAGE_URL "https://github.com/reltheme/reltheme"
#endif

namespace reltheme {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* k_sarif_schema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

const char* sarif_level(Severity s) {
    return by_severity(s, "error", "warning", "note");
}

Json rule_json(const RuleInfo& rule) {
    std::string description = rule_page_description(rule.page);
    if (description.empty()) description = rule.summary;
    Json j;
    j["id"] = rule.id;
    j["name"] = pascal_case(rule.id);
    j["shortDescription"] = {{"text", rule.summary}};
    j["fullDescription"] = {{"text", description}};
    const std::string& help = rule.page.empty() ? rule.summary : rule.page;
    j["helpUri"] = rule_help_uri(rule.id);
    j["help"] = {{"text", help}, {"markdown", absolute_links(help, rule.id)}};
    j["defaultConfiguration"] = {{"level", sarif_level(rule.default_severity)}};
    j["properties"] = {{"tags", Json::array({rule.group})}};
    return j;
}

Json artifact_location(const std::string& file, const ReportOptions& options) {
    const std::string path = repository_path(file, options);
    Json j;
    j["uri"] = path_to_uri(path);
    if (!path.starts_with("/")) j["uriBaseId"] = "%SRCROOT%";
    return j;
}

Json region_json(const Range& r) {
    Json j;
    j["startLine"] = r.begin.line;
    j["startColumn"] = std::max(r.begin.column, 1);
    if (r.end.line >= r.begin.line && r.end.line > 0) {
        j["endLine"] = r.end.line;
        j["endColumn"] = std::max(r.end.column, 1);
    }
    return j;
}

Json physical_location(const std::string& file, const Range& range, const ReportOptions& options) {
    Json j;
    j["artifactLocation"] = artifact_location(file, options);
    if (range.valid()) j["region"] = region_json(range);
    return j;
}

/// Literal `[`, `]` and `\` of a message that holds embedded links
/// (SARIF 3.11.6), so only the links read as links.
std::string escape_link_text(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '[' || c == ']' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

Json result_json(const Diagnostic& d, const std::string& fingerprint,
                 const ReportOptions& options) {
    Json j;
    j["ruleId"] = d.rule;
    const auto& rules = options.rules;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].id == d.rule) j["ruleIndex"] = i;
    }
    j["level"] = sarif_level(d.severity);
    // Each note is a related location, linked from the message:
    // `... is already defined ([first defined here](1))`.
    std::string message = d.notes.empty() ? d.message : escape_link_text(d.message);
    for (std::size_t i = 0; i < d.notes.size(); ++i) {
        message += fmt::format("{}[{}]({})", i == 0 ? " (" : "; ",
                               escape_link_text(d.notes[i].message), i + 1);
    }
    if (!d.notes.empty()) message += ")";
    j["message"] = {{"text", message}};
    j["locations"] =
        Json::array({{{"physicalLocation", physical_location(d.file, d.range, options)}}});
    j["partialFingerprints"] = {{"relthemeFinding/v1", fingerprint}};
    if (!d.notes.empty()) {
        Json related = Json::array();
        int id = 1;
        for (const auto& n : d.notes) {
            related.push_back({{"id", id++},
                               {"physicalLocation", physical_location(n.file, n.range, options)},
                               {"message", {{"text", n.message}}}});
        }
        j["relatedLocations"] = std::move(related);
    }
    if (d.fix && d.fix->range.valid()) {
        Json replacement;
        replacement["deletedRegion"] = region_json(d.fix->range);
        replacement["insertedContent"] = {{"text", d.fix->replacement}};
        Json change;
        change["artifactLocation"] = artifact_location(d.file, options);
        change["replacements"] = Json::array({std::move(replacement)});
        Json fix;
        fix["description"] = {{"text", fix_title(*d.fix)}};
        fix["artifactChanges"] = Json::array({std::move(change)});
        // Whether `lint --fix` applies it, or only `--unsafe-fixes` (docs/fixes.md).
        fix["properties"] = {{"safe", d.fix->safe}};
        j["fixes"] = Json::array({std::move(fix)});
    }
    return j;
}

}  // namespace

std::string pascal_case(std::string_view id) {
    std::string out;
    bool upper = true;
    for (const char c : id) {
        if (c == '-' || c == '_') {
            upper = true;
            continue;
        }
        out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        upper = false;
    }
    return out;
}

std::string rule_help_uri(std::string_view id) {
    return fmt::format("{}/blob/main/docs/rules/{}.md", RELTHEME_HOMEPAGE_URL, id);
}

std::string absolute_links(std::string_view page, std::string_view id) {
    const std::string base = std::string(RELTHEME_HOMEPAGE_URL) + "/blob/main/";
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const std::size_t at = page.find("](", pos);
        if (at == std::string_view::npos) break;
        const std::size_t start = at + 2;
        const std::size_t close = page.find(')', start);
        if (close == std::string_view::npos) break;
        out += page.substr(pos, start - pos);
        const std::string_view target = page.substr(start, close - start);
        if (target.starts_with("#")) {
            out += rule_help_uri(id);
            out += target;
        } else if (target.find("://") != std::string_view::npos || target.starts_with("mailto:") ||
                   target.empty()) {
            out += target;
        } else {
            // Relative to the page's folder, docs/rules/.
            out += base;
            out += (std::filesystem::path("docs/rules") / std::string(target))
                       .lexically_normal()
                       .generic_string();
        }
        pos = close;
    }
    out += page.substr(pos);
    return out;
}

std::string rule_page_description(std::string_view page) {
    // Skip the title and the severity line, then take the first paragraph.
    std::string paragraph;
    std::size_t pos = 0;
    bool in_paragraph = false;
    while (pos < page.size()) {
        const std::size_t eol = page.find('\n', pos);
        std::string_view line =
            page.substr(pos, eol == std::string_view::npos ? page.npos : eol - pos);
        pos = eol == std::string_view::npos ? page.size() : eol + 1;
        const bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
        if (!in_paragraph) {
            if (blank || line.starts_with("#") || line.starts_with("**Default severity")) continue;
            in_paragraph = true;
        } else if (blank || line.starts_with("#") || line.starts_with("```")) {
            break;
        }
        if (!paragraph.empty()) paragraph += ' ';
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        paragraph += line;
    }
    return paragraph;
}

void print_sarif(std::ostream& out, const Findings& findings, const ReportOptions& options) {
    Json driver;
    driver["name"] = "reltheme";
    driver["version"] = RELTHEME_VERSION;
    driver["semanticVersion"] = RELTHEME_VERSION;
    driver["informationUri"] = RELTHEME_HOMEPAGE_URL;
    Json rules = Json::array();
    for (const auto& r : options.rules) rules.push_back(rule_json(r));
    driver["rules"] = std::move(rules);

    Json results = Json::array();
    for (const auto& file : findings.files) {
        if (file.baselined.empty()) {
            const auto fingerprints = finding_fingerprints(file, options);
            for (std::size_t i = 0; i < file.diagnostics.size(); ++i)
                results.push_back(result_json(file.diagnostics[i], fingerprints[i], options));
            continue;
        }
        // What the baseline accepts is listed too, suppressed (SARIF 3.35),
        // in report order among the rest and with the fingerprint it has when
        // reported, so an alert is the same alert before and after.
        std::vector<std::pair<const Diagnostic*, bool>> all;
        for (const auto& d : file.diagnostics) all.emplace_back(&d, false);
        for (const auto& d : file.baselined) all.emplace_back(&d, true);
        std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
            return diagnostic_less(*a.first, *b.first);
        });
        std::vector<Diagnostic> merged;
        for (const auto& [d, baselined] : all) merged.push_back(*d);
        const auto fingerprints = finding_fingerprints(file, merged, options);
        for (std::size_t i = 0; i < all.size(); ++i) {
            Json result = result_json(*all[i].first, fingerprints[i], options);
            if (all[i].second)
                result["suppressions"] = Json::array(
                    {{{"kind", "external"}, {"justification", "recorded in the baseline"}}});
            results.push_back(std::move(result));
        }
    }
    // A failed run says so, and why: code scanning must not read an empty
    // result list as "every alert fixed".
    Json notifications = Json::array();
    for (const auto& failure : run_failures(findings)) {
        Json n;
        n["level"] = "error";
        n["message"] = {{"text", failure.message}};
        // A glob that matched nothing is no artifact.
        if (!failure.path.empty() && failure.reason != FailureReason::NoFiles) {
            n["locations"] = Json::array(
                {{{"physicalLocation", physical_location(failure.path, Range{}, options)}}});
        }
        n["descriptor"] = {{"id", to_string(failure.reason)}};
        notifications.push_back(std::move(n));
    }
    Json invocation;
    invocation["executionSuccessful"] = notifications.empty() && !findings.read_failed;
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);

    Json run;
    run["tool"] = {{"driver", std::move(driver)}};
    run["invocations"] = Json::array({std::move(invocation)});
    run["columnKind"] = "unicodeCodePoints";
    // The language of the messages (SARIF 2.1.0 §3.14.13), as --lang chose it.
    run["language"] = lang_code(i18n::current_lang());
    // GitHub keeps the alerts of each category apart: validate's and lint's
    // uploads of one repository do not close each other's.
    // A category of the user's (--sarif-category) ends with "/", so all of it
    // is the category and no part reads as a run's own id.
    std::string category = options.sarif_category.empty() ? "reltheme/" + options.command + "/"
                                                          : options.sarif_category;
    if (!category.ends_with('/')) category += '/';
    run["automationDetails"] = {{"id", category}};
    run["results"] = std::move(results);

    Json sarif;
    sarif["$schema"] = k_sarif_schema;
    sarif["version"] = "2.1.0";
    sarif["runs"] = Json::array({std::move(run)});
    write_json(out, sarif);
}

}  // namespace reltheme
