#include "report/sarif.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/json.h"

#ifndef RELTHEME_HOMEPAGE_URL
#define RELTHEME_HOMEPAGE_URL "https://github.com/reltheme/reltheme"
#endif

namespace reltheme {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* k_sarif_schema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

const char* sarif_level(Severity s) {
    switch (s) {
        case Severity::Error:
            return "error";
        case Severity::Warning:
            return "warning";
        case Severity::Info:
            return "note";
    }
    return "none";
}

Json rule_json(const RuleInfo& rule) {
    std::string description = rule_page_description(rule.page);
    if (description.empty()) description = rule.summary;
    Json j;
    j["id"] = rule.id;
    j["shortDescription"] = {{"text", rule.summary}};
    j["fullDescription"] = {{"text", description}};
    const std::string& help = rule.page.empty() ? rule.summary : rule.page;
    j["help"] = {{"text", help}, {"markdown", help}};
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

Json result_json(const Diagnostic& d, const ReportOptions& options) {
    Json j;
    j["ruleId"] = d.rule;
    const auto& rules = options.rules;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].id == d.rule) j["ruleIndex"] = i;
    }
    j["level"] = sarif_level(d.severity);
    j["message"] = {{"text", d.message}};
    j["locations"] =
        Json::array({{{"physicalLocation", physical_location(d.file, d.range, options)}}});
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
        fix["description"] = {{"text", fmt::format("Replace with \"{}\"", d.fix->replacement)}};
        fix["artifactChanges"] = Json::array({std::move(change)});
        j["fixes"] = Json::array({std::move(fix)});
    }
    return j;
}

}  // namespace

std::string path_to_uri(std::string_view path) {
    std::string out;
    if (path.starts_with("/")) out = "file://";
    for (const char c : path) {
        const auto b = static_cast<unsigned char>(c);
        const bool unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') ||
                                (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' ||
                                b == '~' || b == '/';
        if (unreserved) {
            out += c;
        } else {
            out += fmt::format("%{:02X}", b);
        }
    }
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

    Json notifications = Json::array();
    Json results = Json::array();
    for (const auto& file : findings.files) {
        if (file.read_error) {
            Json n;
            n["level"] = "error";
            n["message"] = {{"text", "cannot read " + file.path + ": " + *file.read_error}};
            n["locations"] = Json::array(
                {{{"physicalLocation", physical_location(file.path, Range{}, options)}}});
            n["descriptor"] = {{"id", "read-error"}};
            notifications.push_back(std::move(n));
        }
        for (const auto& d : file.diagnostics) results.push_back(result_json(d, options));
    }
    Json invocation;
    invocation["executionSuccessful"] = !findings.read_failed;
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);

    Json run;
    run["tool"] = {{"driver", std::move(driver)}};
    run["invocations"] = Json::array({std::move(invocation)});
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = std::move(results);

    Json sarif;
    sarif["$schema"] = k_sarif_schema;
    sarif["version"] = "2.1.0";
    sarif["runs"] = Json::array({std::move(run)});
    write_json(out, sarif);
}

}  // namespace reltheme
