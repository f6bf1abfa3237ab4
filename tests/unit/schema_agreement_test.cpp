// The CLI and the JSON Schema must never disagree: every sample and every
// structural test file goes through both, and the verdicts are compared.
#include <doctest/doctest.h>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check/engine.h"
#include "load/yaml_doc.h"
#include "test_support.h"
#include "util/embedded.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

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
            return std::stoll(n->value, nullptr, 0);
        case ScalarType::Float:
            return std::stod(n->value);
        case ScalarType::String:
            return n->value;
    }
    return nullptr;
}

const valijson::Schema& theme_schema() {
    static const nlohmann::json doc =
        nlohmann::json::parse(*embedded_file("schemas/theme.schema.json"));
    static valijson::Schema schema;
    static const bool parsed = [] {
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter adapter(doc);
        parser.populateSchema(adapter, schema);
        return true;
    }();
    (void)parsed;
    return schema;
}

bool schema_accepts(const std::string& text) {
    const SourceText source("t.yaml", strip_bom(text));
    DiagnosticSink sink("t.yaml");
    const auto doc = parse_yaml(source, sink);
    REQUIRE(doc);
    const nlohmann::json json = to_json(doc->root());
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter target(json);
    return validator.validate(theme_schema(), target, nullptr);
}

/// The CLI's structural verdict: no finding of the rules a schema expresses.
bool cli_accepts(const fs::path& file) {
    const auto ds = test::check_string(read(file), false, file.string());
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
        const bool by_schema = schema_accepts(read(f));
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
        CHECK(schema_accepts(read(f)));
    }
    for (const auto& f : yaml_files(root / "tests/schema/invalid")) {
        CAPTURE(f.string());
        CHECK_FALSE(schema_accepts(read(f)));
    }
}
