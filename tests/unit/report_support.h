#pragma once
// Findings to feed the report printers, and JSON Schema validation with
// valijson for the JSON and SARIF reports.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "catalogue/catalogue.h"
#include "report/report.h"
#include "test_support.h"
#include "util/embedded.h"

namespace reltheme::test {

/// A finding of `rule` in `file` at `range`.
inline Diagnostic finding(const std::string& rule, const std::string& file, Range range,
                          const std::string& message, Severity severity = Severity::Error) {
    Diagnostic d;
    d.severity = severity;
    d.rule = rule;
    d.file = file;
    d.range = range;
    d.message = message;
    return d;
}

/// Three files: one with an error (with a note), a warning (with a fix) and
/// an info; one clean; one unreadable. Text with Cyrillic, quotes, `%`, `:`,
/// `,`, `<`, `&` and a control character, to exercise every escaping.
inline Findings sample_findings() {
    Findings f;
    FileFindings a;
    a.path = "themes/a, b:c.yaml";
    a.source = SourceText(
        a.path, "reltheme: 1\nid: a\nname: Стандартная\nstages: [{id: new}, {id: new}]\n");
    Diagnostic e =
        finding("duplicate-id", a.path, {{4, 23}, {4, 26}},
                "stage id \"new\" is used twice; 100% <sure> & \x1b[31mred\nsecond line");
    e.notes.push_back({a.path, {{4, 14}, {4, 17}}, "first defined here"});
    Diagnostic w = finding("schema", a.path, {{3, 7}, {3, 18}},
                           "name «Стандартная» is long: really, it is", Severity::Warning);
    w.fix = Fix{{{3, 7}, {3, 18}}, "Станд"};
    const Diagnostic i =
        finding("unused-suppression", a.path, {{1, 1}, {2, 1}}, "spans two lines", Severity::Info);
    a.diagnostics = {i, w, e};
    std::stable_sort(a.diagnostics.begin(), a.diagnostics.end(), diagnostic_less);
    FileFindings b;
    b.path = "themes/b.yaml";
    FileFindings c;
    c.path = "themes/c.yaml";
    c.read_error = "Permission denied";
    f.files = {a, b, c};
    f.errors = 1;
    f.warnings = 1;
    f.infos = 1;
    f.read_failed = true;
    return f;
}

inline Findings clean_findings() {
    Findings f;
    FileFindings a;
    a.path = "themes/a.yaml";
    f.files = {a};
    return f;
}

/// themes/a.yaml with the same finding on each of its two identical lines:
/// what a fingerprint must tell apart by order.
inline Findings twice_on_identical_lines() {
    Findings f = clean_findings();
    f.files[0].source = SourceText("themes/a.yaml", "next: [x]\nnext: [x]\n");
    for (int line = 1; line <= 2; ++line) {
        f.files[0].diagnostics.push_back(
            finding("unknown-stage", "themes/a.yaml", {{line, 8}, {line, 9}}, "m"));
    }
    f.errors = 2;
    return f;
}

inline ReportOptions sample_options() {
    ReportOptions o;
    o.command = "lint";
    o.working_dir = "/repo/sub";
    o.repository_root = "/repo";
    o.rules = command_rules("lint");
    return o;
}

/// Every violation of `schema` by `doc`, as "path: description".
inline std::vector<std::string> schema_errors(const nlohmann::json& schema_doc,
                                              const nlohmann::json& doc) {
    valijson::Schema schema;
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
    parser.populateSchema(schema_adapter, schema);
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(doc);
    validator.validate(schema, target, &results);
    std::vector<std::string> out;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        std::string where;
        for (const auto& c : error.context) where += c;
        out.push_back(where + ": " + error.description);
    }
    return out;
}

}  // namespace reltheme::test
