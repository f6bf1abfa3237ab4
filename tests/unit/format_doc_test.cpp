// docs/format.md, the reference of every key, against the JSON Schemas of the
// files users write: every property of every object in a schema has a row in
// the table the page marks for that object (`<!-- schema: theme#stage -->`).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "report_support.h"

namespace fs = std::filesystem;
using Json = nlohmann::json;
using namespace reltheme;

namespace {

/// The schemas of reports `reltheme` writes (not files a user writes).
const std::set<std::string> k_output_schemas = {"analyze",      "coverage", "diff",
                                                "forecast",     "report",   "rules",
                                                "scenario-run", "simulate", "statistics"};

/// Property names by object: "theme" (the top level), "theme#stage" (a
/// definition), "model.arrivals" (an object nested in a property).
void collect(const Json& node, const std::string& schema, const std::string& where,
             std::map<std::string, std::set<std::string>>& out) {
    if (node.is_array()) {
        for (const auto& item : node) collect(item, schema, where, out);
        return;
    }
    if (!node.is_object()) return;
    for (const auto& [key, value] : node.items()) {
        if (key == "properties" && value.is_object()) {
            for (const auto& [name, sub] : value.items()) {
                out[where].insert(name);
                collect(sub, schema, where + "." + name, out);
            }
        } else if (key == "definitions" || key == "$defs") {
            for (const auto& [name, sub] : value.items())
                collect(sub, schema, schema + "#" + name, out);
        } else {
            collect(value, schema, where, out);
        }
    }
}

/// The text of each marked section of the page, by its marker.
std::map<std::string, std::string> sections(const std::string& page) {
    std::map<std::string, std::string> out;
    const std::string open = "<!-- schema: ";
    std::size_t at = page.find(open);
    while (at != std::string::npos) {
        const std::size_t name_end = page.find(" -->", at);
        REQUIRE(name_end != std::string::npos);
        const std::string name = page.substr(at + open.size(), name_end - at - open.size());
        const std::size_t next = page.find(open, name_end);
        CHECK_MESSAGE(out.count(name) == 0, "docs/format.md marks " << name << " twice");
        out[name] = page.substr(name_end, next == std::string::npos ? next : next - name_end);
        at = next;
    }
    return out;
}

}  // namespace

TEST_CASE("docs/format.md has a row for every key of every schema of an input file") {
    const std::string page = test::read_text(test::source_dir() / "docs/format.md");
    REQUIRE_FALSE(page.empty());
    const auto marked = sections(page);
    std::vector<std::string> inputs;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "schemas")) {
        const std::string file = e.path().filename().string();
        const std::string suffix = ".schema.json";
        if (!file.ends_with(suffix)) continue;
        const std::string schema = file.substr(0, file.size() - suffix.size());
        if (!k_output_schemas.count(schema)) inputs.push_back(schema);
    }
    std::sort(inputs.begin(), inputs.end());
    CHECK(inputs ==
          std::vector<std::string>{"baseline", "deal", "model", "project", "scenario", "theme"});
    int keys = 0;
    for (const auto& schema : inputs) {
        std::map<std::string, std::set<std::string>> objects;
        collect(Json::parse(
                    test::read_text(test::source_dir() / "schemas" / (schema + ".schema.json"))),
                schema, schema, objects);
        CHECK(objects.count(schema) == 1);
        for (const auto& [where, names] : objects) {
            CAPTURE(where);
            const auto section = marked.find(where);
            REQUIRE_MESSAGE(section != marked.end(),
                            "docs/format.md has no table marked <!-- schema: " << where << " -->");
            for (const auto& name : names) {
                ++keys;
                CHECK_MESSAGE(
                    section->second.find("| `" + name + "` |") != std::string::npos,
                    "docs/format.md, table " << where << ", has no row for `" << name << "`");
            }
        }
    }
    CHECK(keys > 100);
}

TEST_CASE("docs/format.md marks only objects the schemas have") {
    const auto marked = sections(test::read_text(test::source_dir() / "docs/format.md"));
    std::map<std::string, std::set<std::string>> objects;
    for (const char* schema : {"theme", "scenario", "model", "deal", "project", "baseline"}) {
        collect(Json::parse(test::read_text(test::source_dir() / "schemas" /
                                            (std::string(schema) + ".schema.json"))),
                schema, schema, objects);
    }
    for (const auto& [name, text] : marked) {
        CAPTURE(name);
        CHECK(objects.count(name) == 1);
    }
}

TEST_CASE("docs/format.ru.md has every table and every key of docs/format.md") {
    // The Russian reference marks the same tables; a key documented in
    // English has its row there too, in the table of the same object.
    const auto en = sections(test::read_text(test::source_dir() / "docs/format.md"));
    const auto ru = sections(test::read_text(test::source_dir() / "docs/format.ru.md"));
    int keys = 0;
    for (const auto& [name, text] : en) {
        CAPTURE(name);
        const auto twin = ru.find(name);
        REQUIRE_MESSAGE(twin != ru.end(),
                        "docs/format.ru.md has no table marked <!-- schema: " << name << " -->");
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) {
            const std::size_t key_end = line.find("` |", 3);
            if (!line.starts_with("| `") || key_end == std::string::npos) continue;
            const std::string row = line.substr(0, key_end + 3);
            ++keys;
            CHECK_MESSAGE(twin->second.find("\n" + row) != std::string::npos,
                          "docs/format.ru.md, table " << name << ", has no row for " << row);
        }
    }
    CHECK(keys > 100);
    for (const auto& [name, text] : ru) {
        CAPTURE(name);
        CHECK(en.count(name) == 1);
    }
}
