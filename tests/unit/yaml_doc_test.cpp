#include "load/yaml_doc.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace reltheme;

namespace {

std::optional<YamlDocument> parse(const std::string& text, DiagnosticSink& sink,
                                  YamlLimits limits = {}) {
    return parse_yaml(test::source_text(text), sink, limits);
}

}  // namespace

TEST_CASE("nodes keep 1-based character positions and end columns") {
    DiagnosticSink sink("t.yaml");
    const auto doc = parse("name: Коммерческое предложение\nnext: [a, \"b c\"]\n", sink);
    REQUIRE(doc);
    const YNode* name = doc->root()->find("name");
    REQUIRE(name);
    CHECK(name->range.begin == Position{1, 7});
    CHECK(name->range.end == Position{1, 31});
    const YNode* next = doc->root()->find("next");
    REQUIRE(next->items.size() == 2);
    CHECK(next->items[1]->range.begin == Position{2, 11});
    CHECK(next->items[1]->range.end == Position{2, 16});
    CHECK_FALSE(next->items[1]->plain);
    CHECK(sink.items().empty());
}

TEST_CASE("a repeated key is reported at the repetition with a note") {
    DiagnosticSink sink("t.yaml");
    const auto doc = parse("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n", sink);
    REQUIRE(doc);
    REQUIRE(sink.items().size() == 2);
    CHECK(test::brief(sink.items()) ==
          std::vector<std::string>{"duplicate-key@4:3", "duplicate-key@5:1"});
    CHECK(sink.items()[0].notes.at(0).range.begin == Position{3, 3});
}

TEST_CASE("the core schema types plain scalars only") {
    DiagnosticSink sink("t.yaml");
    const auto doc = parse("a: yes\nb: true\nc: '1'\nd: 1.5e3\ne: ~\nf: .nan\ng: 0x1F\n", sink);
    REQUIRE(doc);
    const YNode* r = doc->root();
    CHECK(r->find("a")->scalar_type() == ScalarType::String);
    CHECK(r->find("b")->scalar_type() == ScalarType::Bool);
    CHECK(r->find("c")->scalar_type() == ScalarType::String);
    CHECK(r->find("d")->scalar_type() == ScalarType::Float);
    CHECK(r->find("e")->scalar_type() == ScalarType::Null);
    CHECK(r->find("f")->scalar_type() == ScalarType::Float);
    CHECK(r->find("g")->scalar_type() == ScalarType::Int);
}

TEST_CASE("integers read as YAML 1.2 reads them") {
    DiagnosticSink sink("t.yaml");
    const auto doc = parse(
        "dec: 010\noct: 0o17\nhex: 0x1F\nplus: +7\nminus: -007\nbig: 9223372036854775807\n"
        "low: -9223372036854775808\nover: 9223372036854775808\nfloat: 1.0\ntext: '1'\n",
        sink);
    REQUIRE(doc);
    const YNode* r = doc->root();
    CHECK(r->find("dec")->int_value() == 10);  // not octal 8: YAML 1.2 octal is 0o
    CHECK(r->find("oct")->int_value() == 15);
    CHECK(r->find("hex")->int_value() == 31);
    CHECK(r->find("plus")->int_value() == 7);
    CHECK(r->find("minus")->int_value() == -7);
    CHECK(r->find("big")->int_value() == 9223372036854775807LL);
    CHECK(r->find("low")->int_value() == -9223372036854775807LL - 1);
    CHECK(r->find("over")->scalar_type() == ScalarType::Int);
    CHECK_FALSE(r->find("over")->int_value());
    CHECK_FALSE(r->find("float")->int_value());
    CHECK_FALSE(r->find("text")->int_value());
}

TEST_CASE("an alias bomb stops at the expansion limit") {
    std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k)
            text += std::string(k ? ", " : "") + "*a" + std::to_string(i - 1);
        text += "]\n";
    }
    DiagnosticSink sink("t.yaml");
    const auto doc = parse(text, sink);
    CHECK_FALSE(doc);
    REQUIRE(sink.items().size() == 1);
    CHECK(sink.items()[0].rule == "yaml-syntax");
    CHECK(sink.items()[0].message.find("RELTHEME_MAX_ALIAS_EXPANSION") != std::string::npos);
}

TEST_CASE("merge keys merge, and a node count limit holds") {
    DiagnosticSink sink("t.yaml");
    const auto doc = parse("base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n", sink);
    REQUIRE(doc);
    const YNode* use = doc->root()->find("use");
    CHECK(use->find("x")->value == "1");
    CHECK(use->find("y")->value == "3");
    CHECK(sink.items().empty());

    DiagnosticSink small("t.yaml");
    YamlLimits limits;
    limits.max_nodes = 5;
    CHECK_FALSE(parse("[1, 2, 3, 4, 5, 6]", small, limits));
    CHECK(small.items().at(0).message.find("RELTHEME_MAX_NODES") != std::string::npos);
}

TEST_CASE("syntax errors, several documents and deep nesting are reported, not thrown") {
    DiagnosticSink a("t.yaml");
    CHECK_FALSE(parse("a: [1, 2\nb: c\n", a));
    CHECK(a.items().at(0).rule == "yaml-syntax");
    DiagnosticSink b("t.yaml");
    CHECK(parse("a: 1\n---\nb: 2\n", b));  // the first document is still checked
    REQUIRE(b.items().size() == 1);
    CHECK(b.items()[0].rule == "yaml-syntax");
    CHECK(b.items()[0].range.begin == Position{2, 1});
    CHECK(b.items()[0].range.end == Position{2, 4});
    CHECK(b.items()[0].message ==
          "a second YAML document starts here; keep one theme per file (only the first "
          "document is checked)");
    DiagnosticSink e("t.yaml");
    CHECK(parse("a: 1\n---\n# the end\n---\n...\n", e));  // empty documents are ignored
    CHECK(e.items().empty());
    DiagnosticSink f("t.yaml");
    CHECK(parse("a: 1\n---\n---\nb: [2]\n", f));
    REQUIRE(f.items().size() == 1);
    CHECK(f.items()[0].range.begin == Position{3, 1});
    DiagnosticSink c("t.yaml");
    CHECK_FALSE(parse(std::string(100000, '[') + std::string(100000, ']'), c));
    CHECK(c.items().at(0).rule == "yaml-syntax");
}

TEST_CASE("encoding problems are clear errors") {
    for (const auto& [text, word] :
         std::vector<std::pair<std::string, std::string>>{{"a: \xFF\n", "UTF-8"},
                                                          {std::string("a: \0\n", 5), "NUL"},
                                                          {std::string("\xFF\xFE"
                                                                       "a\0",
                                                                       4),
                                                           "UTF-16"}}) {
        DiagnosticSink sink("t.yaml");
        const SourceText s("t.yaml", text);
        CHECK_FALSE(check_encoding(s, 1000, sink));
        CHECK(sink.items().at(0).message.find(word) != std::string::npos);
    }
    DiagnosticSink big("t.yaml");
    CHECK_FALSE(check_encoding(SourceText("t.yaml", std::string(2000, 'a')), 1000, big));
    CHECK(strip_bom("\xEF\xBB\xBFreltheme: 1") == "reltheme: 1");
}

TEST_CASE("a lone CR breaks lines for the parser too") {
    DiagnosticSink sink("t.yaml");
    const auto doc = parse("a: 1\rb: 2\r", sink);
    REQUIRE(doc);
    REQUIRE(doc->root()->find("b"));
    CHECK(doc->root()->find("b")->range.begin == Position{2, 4});
}
