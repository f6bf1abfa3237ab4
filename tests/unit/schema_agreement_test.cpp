// The CLI and the JSON Schema must never disagree: every sample and every
// structural test file goes through both, and the verdicts are compared.
#include <doctest/doctest.h>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "catalogue/catalogue.h"
#include "check/engine.h"
#include "load/yaml_doc.h"
#include "render_fixture.h"
#include "test_support.h"
#include "util/embedded.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

/// YAML 1.2 core schema -> JSON, as the YAML language server reads a file.
nlohmann::json to_json(const YNode* n) {
    if (!n || n->is_null()) return nullptr;
    if (n->is_seq()) {
        nlohmann::json a = nlohmann::json::array();
        for (const YNode* item : n->items) a.push_back(to_json(item));
        return a;
    }
    if (n->is_map()) {
        nlohmann::json o = nlohmann::json::object();
        for (const auto& [k, v] : n->entries) o[k->value] = to_json(v);
        return o;
    }
    switch (n->scalar_type()) {
        case ScalarType::Null:
            return nullptr;
        case ScalarType::Bool:
            return n->value[0] == 't' || n->value[0] == 'T';
        case ScalarType::Int:
            if (const auto v = n->int_value()) return *v;
            return std::stod(n->value);  // beyond 64 bits, as JavaScript reads it
        case ScalarType::Float:
            return std::stod(n->value);
        case ScalarType::String:
            return n->value;
    }
    return nullptr;
}

/// A schema of `schemas/`, parsed once.
const valijson::Schema& schema_of(const std::string& name) {
    static std::map<std::string, std::unique_ptr<valijson::Schema>> schemas;
    auto& schema = schemas[name];
    if (!schema) {
        const nlohmann::json doc = nlohmann::json::parse(*embedded_file("schemas/" + name));
        schema = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter adapter(doc);
        parser.populateSchema(adapter, *schema);
    }
    return *schema;
}

bool schema_accepts(const std::string& text, const std::string& schema = "theme.schema.json") {
    const SourceText source("t.yaml", strip_bom(text));
    DiagnosticSink sink("t.yaml");
    const auto doc = parse_yaml(source, sink);
    REQUIRE(doc);
    const nlohmann::json json = to_json(doc->root());
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter target(json);
    return validator.validate(schema_of(schema), target, nullptr);
}

/// The CLI's structural verdict: no finding of the rules a schema expresses.
bool cli_accepts(const fs::path& file) {
    const auto ds = test::check_string(test::read_text(file), false, file.string());
    for (const auto& d : ds) {
        if (d.rule == "schema" || d.rule == "not-for-type" || d.rule == "unsupported-version")
            return false;
    }
    return true;
}

std::vector<fs::path> yaml_files(const fs::path& dir) {
    std::vector<fs::path> out;
    if (!fs::exists(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() == ".yaml") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("the JSON Schema and the loader agree on every structural example") {
    const fs::path root = test::source_dir();
    std::vector<fs::path> files;
    for (const char* dir :
         {"tests/schema/valid", "tests/schema/invalid", "samples/themes", "tests/rules/schema",
          "tests/rules/not-for-type", "tests/rules/unsupported-version"}) {
        const auto found = yaml_files(root / dir);
        files.insert(files.end(), found.begin(), found.end());
    }
    REQUIRE(files.size() > 40);
    int valid = 0;
    for (const auto& f : files) {
        CAPTURE(f.string());
        const bool by_schema = schema_accepts(test::read_text(f));
        CHECK(by_schema == cli_accepts(f));
        valid += by_schema ? 1 : 0;
    }
    // Both kinds are present, so agreement is not trivially all-true or all-false.
    CHECK(valid >= 10);
    CHECK(static_cast<std::size_t>(valid) + 30 <= files.size());
}

TEST_CASE("the valid schema examples are valid and the invalid ones invalid") {
    const fs::path root = test::source_dir();
    for (const auto& f : yaml_files(root / "tests/schema/valid")) {
        CAPTURE(f.string());
        CHECK(schema_accepts(test::read_text(f)));
    }
    for (const auto& f : yaml_files(root / "tests/schema/invalid")) {
        CAPTURE(f.string());
        CHECK_FALSE(schema_accepts(test::read_text(f)));
    }
}

TEST_CASE("the deal file schema and the deal file reader agree") {
    const auto reader_accepts = [](const std::string& text) {
        DiagnosticSink sink("deal.yaml");
        return test::read_deal_text(text, sink).has_value();
    };
    const std::string good =
        test::read_text(test::source_dir() / "tests/cli/render-preview-sections/deal.yaml");
    for (const auto& [text, valid] : std::vector<std::pair<std::string, bool>>{
             {good, true},
             {"reltheme-deal: 1\n", true},
             {"reltheme-deal: 1\nclient: {name: A}\ndeal: {manager: B, deadline: 1.1.2026}\n"
              "fields: {gifts: [a, b], note: ~}\nstage: intro\n",
              true},
             {"client: {name: A}\n", false},
             {"reltheme-deal: 2\n", false},
             {"reltheme-deal: 1\nclinet: {name: A}\n", false},
             {"reltheme-deal: 1\nclient: {nmae: A}\n", false},
             {"reltheme-deal: 1\nstage: Intro\n", false},
             {"reltheme-deal: 1\nfields: [a]\n", false},
         }) {
        CAPTURE(text);
        CHECK(schema_accepts(text, "deal.schema.json") == valid);
        CHECK(reader_accepts(text) == valid);
    }
}

TEST_CASE("the diff report's validation errors have the JSON report's diagnostic form") {
    // diff.schema.json keeps a copy of report.schema.json's diagnostic (a
    // schema printed by `reltheme schema diff` must stand alone); the copy
    // adds `side` and nothing else.
    const auto report = nlohmann::json::parse(*embedded_file("schemas/report.schema.json"));
    auto side_error = nlohmann::json::parse(*embedded_file("schemas/diff.schema.json"))
                          .at("definitions")
                          .at("side_error");
    auto diagnostic = report.at("definitions").at("diagnostic");
    CHECK(side_error.at("properties").at("side") ==
          nlohmann::json::parse(R"({"description": "Which version the finding is in.",
                                    "enum": ["old", "new"]})"));
    side_error.at("properties").erase("side");
    auto& required = side_error.at("required");
    REQUIRE(required.at(0) == "side");
    required.erase(required.begin());
    side_error.erase("description");
    diagnostic.erase("description");
    CHECK(side_error == diagnostic);
    for (const char* shared : {"count", "path", "position"}) {
        CAPTURE(shared);
        CHECK(nlohmann::json::parse(*embedded_file("schemas/diff.schema.json"))
                  .at("definitions")
                  .at(shared) == report.at("definitions").at(shared));
    }
}

TEST_CASE("the project schema names exactly the rule ids that rules: and overrides: accept") {
    const auto text = embedded_file("schemas/project.schema.json");
    REQUIRE(text);
    const auto schema = nlohmann::json::parse(*text);
    const auto& names = schema.at("definitions").at("rules").at("propertyNames");
    REQUIRE(names.contains("enum"));
    std::vector<std::string> in_schema = names.at("enum").get<std::vector<std::string>>();
    std::vector<std::string> configurable = configurable_rule_ids();
    std::sort(in_schema.begin(), in_schema.end());
    std::sort(configurable.begin(), configurable.end());
    // On a new rule: add its id to definitions.rules.propertyNames.enum of
    // schemas/project.schema.json (scripts/new-rule.sh does it).
    CHECK_MESSAGE(in_schema == configurable, "expected " << nlohmann::json(configurable).dump());
}
