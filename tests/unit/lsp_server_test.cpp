// The language server (lsp/server.h, lsp/features.h) in-process: the
// lifecycle, diagnostics as `lint` finds them, code actions, the language
// features and hostile input. Whole messages are compared.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "catalogue/catalogue.h"
#include "i18n/lang.h"
#include "lsp/server.h"
#include "report/sarif.h"
#include "test_support.h"
#include "util/embedded.h"
#include "util/uri.h"

using namespace reltheme;
using namespace reltheme::lsp;
namespace fs = std::filesystem;

namespace {

ServerOptions options() {
    ServerOptions o;
    o.version = "test";
    o.rule_ids = configurable_rule_ids();
    o.is_rule_id = &is_rule_id;
    o.help_uri = [](std::string_view id) { return rule_help_uri(id); };
    o.rule_summary = [](std::string_view id) -> std::string {
        const RuleInfo* r = find_in_catalogue(id);
        return r ? r->summary : std::string();
    };
    return o;
}

/// `text` with every `URI` replaced by `uri`, parsed.
Json expect(std::string text, const std::string& uri = {}) {
    for (std::size_t at = text.find("URI"); at != std::string::npos; at = text.find("URI", at))
        text.replace(at, 3, uri);
    return Json::parse(text);
}

std::string dumped(const std::string& s) {
    return Json(s).dump();
}

const char* const k_theme = R"(reltheme: 1
id: t
name: Тема
type: sales
description: Продажи
instruction: Ведите клиента.
stages:
  - id: new
    name: Новый
    instruction: Позвоните.
    deadline: 1d
    next: [proposal]
  - {id: proposal, name: "КП 🚀", instruction: Отправьте., deadline: 2d, next: [paymnet]}
  - id: payment
    name: Оплата
    instruction: Проверьте оплату.
outcomes:
  - id: too-expensive
    name: Дорого
    result: failure
)";

/// A server in a folder of its own with a project file, a theme's URI there.
struct Session {
    test::TempDir dir;
    Server server{options()};
    std::string uri;

    /// What the server sent on `initialized`.
    std::vector<Json> started;

    /// `more` is added to the client's capabilities (`,"workspace":{...}`).
    explicit Session(const char* encodings = R"(["utf-16"])", const char* more = "") {
        std::ofstream(dir.path / "reltheme.yaml") << "themes: [\"*.yaml\"]\n";
        uri = path_to_uri((dir.path / "t.yaml").string());
        send(
            std::string(
                R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":)") +
            encodings + "}" + more + "}}}");
        started = send(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
    }
    std::vector<Json> send(const char* text) { return server.handle(Json::parse(text)); }
    std::vector<Json> send(const std::string& text) { return server.handle(Json::parse(text)); }
    std::vector<Json> send(const Json& message) { return server.handle(message); }
    std::vector<Json> open(const std::string& text) {
        return send(
            Json{{"jsonrpc", "2.0"},
                 {"method", "textDocument/didOpen"},
                 {"params",
                  {{"textDocument",
                    {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}}});
    }
    /// A request about the theme at a position.
    Json at(const char* method, int line, int character, Json more = Json::object()) {
        Json params{{"textDocument", {{"uri", uri}}},
                    {"position", {{"line", line}, {"character", character}}}};
        params.update(more);
        const auto out =
            send(Json{{"jsonrpc", "2.0"}, {"id", 9}, {"method", method}, {"params", params}});
        REQUIRE(out.size() == 1);
        return out.front();
    }
};

const char* const k_diagnostics =
    R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{
  "uri":"URI","version":1,"diagnostics":[
  {"range":{"start":{"line":12,"character":COLUMN},"end":{"line":12,"character":END}},"severity":1,"source":"reltheme",
   "code":"unknown-stage","codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/unknown-stage.md"},
   "message":"stage \"paymnet\" does not exist; did you mean \"payment\"?"},
  {"range":{"start":{"line":13,"character":8},"end":{"line":13,"character":15}},"severity":2,"source":"reltheme",
   "code":"missing-deadline","codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/missing-deadline.md"},
   "message":"stage \"payment\" has no deadline, so deals can stay in it unnoticed"}]}})";

/// Completion at (line, character) of k_theme with `from` written as `to`.
Json completion_in(const std::string& from, const std::string& to, int line, int character) {
    Session s;
    std::string theme = k_theme;
    theme.replace(theme.find(from), from.size(), to);
    s.open(theme);
    return s.at("textDocument/completion", line, character);
}

std::string diagnostics_at(int column) {
    std::string text = k_diagnostics;
    text.replace(text.find("COLUMN"), 6, std::to_string(column));
    text.replace(text.find("END"), 3, std::to_string(column + 7));
    return text;
}

}  // namespace

TEST_CASE("lsp: before initialize requests are refused, notifications dropped") {
    Server server(options());
    CHECK(
        server.handle(
            Json::parse(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}})")) ==
        std::vector<Json>{expect(
            R"({"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"the server is not initialized"}})")});
    CHECK(
        server
            .handle(Json::parse(
                R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.yaml","text":""}}})"))
            .empty());
}

TEST_CASE("lsp: initialize negotiates the encoding and names what the server offers") {
    for (const auto& [offered, chosen] : std::vector<std::pair<std::string, std::string>>{
             {"null", "utf-16"},
             {R"(["utf-16","utf-32"])", "utf-32"},
             {R"(["utf-32","utf-8","utf-16"])", "utf-8"}}) {
        CAPTURE(offered);
        Server server(options());
        const auto out = server.handle(Json::parse(
            R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":)" +
            offered + "}}}}"));
        CHECK(out == std::vector<Json>{expect(R"({"jsonrpc":"2.0","id":1,"result":{
            "capabilities":{"positionEncoding":")" +
                                              chosen + R"(",
              "textDocumentSync":{"openClose":true,"change":2},
              "codeActionProvider":{"codeActionKinds":["quickfix"]},
              "documentSymbolProvider":true,"hoverProvider":true,"definitionProvider":true,
              "referencesProvider":true,"renameProvider":{"prepareProvider":true},
              "completionProvider":{"triggerCharacters":["[",","," "]}},
            "serverInfo":{"name":"reltheme","version":"test"}}})")});
        // Only once.
        CHECK(
            server.handle(
                Json::parse(R"({"jsonrpc":"2.0","id":2,"method":"initialize","params":{}})")) ==
            std::vector<Json>{expect(
                R"({"jsonrpc":"2.0","id":2,"error":{"code":-32602,"message":"the server is initialized already"}})")});
    }
}

TEST_CASE("lsp: unknown methods, bad params, shutdown and exit") {
    Session s;
    CHECK(
        s.send(R"({"jsonrpc":"2.0","id":3,"method":"workspace/symbol","params":{"query":""}})") ==
        std::vector<Json>{expect(
            R"({"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"no method \"workspace/symbol\""}})")});
    CHECK(
        s.send(R"({"jsonrpc":"2.0","id":4,"method":"textDocument/formatting","params":{}})") ==
        std::vector<Json>{expect(
            R"({"jsonrpc":"2.0","id":4,"error":{"code":-32601,"message":"no method \"textDocument/formatting\""}})")});
    CHECK(s.send(R"({"jsonrpc":"2.0","method":"workspace/unknownNotification","params":{}})")
              .empty());
    CHECK(
        s.send(
            R"({"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///none.yaml"},"position":{"line":0,"character":0}}})") ==
        std::vector<Json>{expect(
            R"({"jsonrpc":"2.0","id":5,"error":{"code":-32602,"message":"the document file:///none.yaml is not open"}})")});
    s.open(k_theme);
    CHECK(
        s.at("textDocument/hover", -1, 0) ==
        expect(
            R"({"jsonrpc":"2.0","id":9,"error":{"code":-32602,"message":"textDocument/hover needs a position"}})"));
    CHECK(s.send(R"({"jsonrpc":"2.0","id":6,"method":"shutdown"})") ==
          std::vector<Json>{expect(R"({"jsonrpc":"2.0","id":6,"result":null})")});
    CHECK(
        s.send(R"({"jsonrpc":"2.0","id":7,"method":"textDocument/documentSymbol","params":{}})") ==
        std::vector<Json>{expect(
            R"({"jsonrpc":"2.0","id":7,"error":{"code":-32600,"message":"the server is shut down: only exit"}})")});
    CHECK_FALSE(s.server.exited());
    CHECK(s.send(R"({"jsonrpc":"2.0","method":"exit"})").empty());
    CHECK(s.server.exited());
}

TEST_CASE("lsp: the exit status says whether the client shut the server down") {
    const auto framed = [](const std::string& body) {
        return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    };
    const std::string init =
        framed(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})");
    {
        std::istringstream in(init + framed(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})") +
                              framed(R"({"jsonrpc":"2.0","method":"exit"})") + framed("{ignored"));
        std::ostringstream out;
        Server server(options());
        CHECK(server.run(in, out) == 0);
        CHECK(out.str().ends_with(framed(R"({"id":2,"jsonrpc":"2.0","result":null})")));
    }
    {
        // A body that is no JSON is answered; the end of input without
        // shutdown is exit status 1.
        std::istringstream in(init + framed("{oops"));
        std::ostringstream out;
        Server server(options());
        CHECK(server.run(in, out) == 1);
        CHECK(out.str().ends_with(framed(
            R"({"error":{"code":-32700,"message":"the message body is not valid JSON"},"id":null,"jsonrpc":"2.0"})")));
    }
}

TEST_CASE("lsp: a burst of changes is checked once, at its last version (the debounce)") {
    const auto framed = [](const Json& body) {
        const std::string text = body.dump();
        return "Content-Length: " + std::to_string(text.size()) + "\r\n\r\n" + text;
    };
    const std::string uri = "file:///nowhere/t.yaml";
    const auto change = [&](int version, const std::string& text) {
        return framed(Json{{"jsonrpc", "2.0"},
                           {"method", "textDocument/didChange"},
                           {"params",
                            {{"textDocument", {{"uri", uri}, {"version", version}}},
                             {"contentChanges", {{{"text", text}}}}}}});
    };
    std::string fixed = k_theme;
    fixed.replace(fixed.find("paymnet"), 7, "payment");
    std::istringstream in(
        framed(Json::parse(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})")) +
        framed(
            Json{{"jsonrpc", "2.0"},
                 {"method", "textDocument/didOpen"},
                 {"params",
                  {{"textDocument",
                    {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", k_theme}}}}}}) +
        change(2, std::string(k_theme) + "# typing\n") + change(3, fixed) +
        framed(Json::parse(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})")) +
        framed(Json::parse(R"({"jsonrpc":"2.0","method":"exit"})")));
    std::ostringstream out;
    Server server(options());
    CHECK(server.run(in, out) == 0);
    // Published: the open (version 1) and the last change (3), not version 2.
    std::vector<long long> versions;
    std::istringstream written(out.str());
    MessageReader reader(written, k_max_message_bytes);
    for (Incoming m = reader.read(); m.kind == Incoming::Kind::Message; m = reader.read()) {
        if (m.message.value("method", "") == "textDocument/publishDiagnostics")
            versions.push_back(m.message["params"]["version"].get<long long>());
    }
    CHECK(versions == std::vector<long long>{1, 3});
    // What was checked last is the last text: its one finding left.
    REQUIRE(server.analysis(uri));
    CHECK(server.analysis(uri)->diagnostics.size() == 1);
    CHECK(server.analysis(uri)->diagnostics[0].rule == "missing-deadline");
}

TEST_CASE("lsp: an open document gets lint's findings, placed in the negotiated encoding") {
    // "paymnet" follows Cyrillic letters and an emoji: 79 characters, 80
    // UTF-16 units, 93 bytes.
    for (const auto& [encodings, column] : std::vector<std::pair<const char*, int>>{
             {R"(["utf-16"])", 80}, {R"(["utf-8"])", 93}, {R"(["utf-32"])", 79}}) {
        CAPTURE(encodings);
        Session s(encodings);
        CHECK(s.open(k_theme) == std::vector<Json>{expect(diagnostics_at(column), s.uri)});
    }
}

TEST_CASE("lsp: changes are checked again, full or incremental; closing clears the findings") {
    Session s;
    s.open(k_theme);
    // "paymnet" mended by a range edit: only missing-deadline is left.
    const auto out =
        s.send(Json::parse(R"({"jsonrpc":"2.0","method":"textDocument/didChange","params":{
        "textDocument":{"uri":")" +
                           s.uri + R"(","version":2},
        "contentChanges":[{"range":{"start":{"line":12,"character":80},"end":{"line":12,"character":87}},"text":"payment"}]}})"));
    CHECK(out == std::vector<Json>{expect(
                     R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{
        "uri":"URI","version":2,"diagnostics":[
        {"range":{"start":{"line":13,"character":8},"end":{"line":13,"character":15}},"severity":2,"source":"reltheme",
         "code":"missing-deadline","codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/missing-deadline.md"},
         "message":"stage \"payment\" has no deadline, so deals can stay in it unnoticed"}]}})",
                     s.uri)});
    // The whole text again brings the finding back.
    const auto again = s.send(Json{{"jsonrpc", "2.0"},
                                   {"method", "textDocument/didChange"},
                                   {"params",
                                    {{"textDocument", {{"uri", s.uri}, {"version", 3}}},
                                     {"contentChanges", {{{"text", k_theme}}}}}}});
    std::string expected = diagnostics_at(80);
    expected.replace(expected.find("\"version\":1"), 11, "\"version\":3");
    CHECK(again == std::vector<Json>{expect(expected, s.uri)});
    CHECK(
        s.send(Json{{"jsonrpc", "2.0"},
                    {"method", "textDocument/didClose"},
                    {"params", {{"textDocument", {{"uri", s.uri}}}}}}) ==
        std::vector<Json>{expect(
            R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"URI","diagnostics":[]}})",
            s.uri)});
}

TEST_CASE("lsp: a finding's fix and its suppression are code actions") {
    Session s;
    s.open(k_theme);
    const Json diagnostic = expect(diagnostics_at(80), s.uri)["params"]["diagnostics"][0];
    const auto out = s.send(Json{{"jsonrpc", "2.0"},
                                 {"id", 8},
                                 {"method", "textDocument/codeAction"},
                                 {"params",
                                  {{"textDocument", {{"uri", s.uri}}},
                                   {"range",
                                    {{"start", {{"line", 12}, {"character", 82}}},
                                     {"end", {{"line", 12}, {"character", 82}}}}},
                                   {"context", {{"diagnostics", Json::array({diagnostic})}}}}}});
    Json expected = expect(R"({"jsonrpc":"2.0","id":8,"result":[
        {"title":"Replace with \"payment\"","kind":"quickfix","diagnostics":[null],"isPreferred":false,
         "edit":{"changes":{"URI":[{"range":{"start":{"line":12,"character":80},"end":{"line":12,"character":87}},"newText":"payment"}]}}},
        {"title":"Ignore unknown-stage on this line","kind":"quickfix","diagnostics":[null],
         "edit":{"changes":{"URI":[{"range":{"start":{"line":12,"character":0},"end":{"line":12,"character":0}},
                                    "newText":"  # reltheme: ignore[unknown-stage]\n"}]}}}]})",
                           s.uri);
    expected["result"][0]["diagnostics"][0] = diagnostic;
    expected["result"][1]["diagnostics"][0] = diagnostic;
    CHECK(out == std::vector<Json>{expected});
    // Elsewhere, none; and none when only another kind is asked for.
    CHECK(s.send(Json{{"jsonrpc", "2.0"},
                      {"id", 9},
                      {"method", "textDocument/codeAction"},
                      {"params",
                       {{"textDocument", {{"uri", s.uri}}},
                        {"range",
                         {{"start", {{"line", 2}, {"character", 0}}},
                          {"end", {{"line", 3}, {"character", 0}}}}},
                        {"context", {{"diagnostics", Json::array()}}}}}}) ==
          std::vector<Json>{expect(R"({"jsonrpc":"2.0","id":9,"result":[]})")});
    CHECK(s.send(Json{{"jsonrpc", "2.0"},
                      {"id", 10},
                      {"method", "textDocument/codeAction"},
                      {"params",
                       {{"textDocument", {{"uri", s.uri}}},
                        {"range",
                         {{"start", {{"line", 12}, {"character", 82}}},
                          {"end", {{"line", 12}, {"character", 82}}}}},
                        {"context", {{"diagnostics", Json::array()}, {"only", {"refactor"}}}}}}}) ==
          std::vector<Json>{expect(R"({"jsonrpc":"2.0","id":10,"result":[]})")});
}

TEST_CASE("lsp: ignoring a rule where a suppression is already adds it to the list") {
    Session s;
    std::string theme = k_theme;
    theme.replace(theme.find("  - {id: proposal"), 0,
                  "  # reltheme: ignore[missing-deadline] later\n");
    s.open(theme);
    const auto out = s.send(Json{{"jsonrpc", "2.0"},
                                 {"id", 8},
                                 {"method", "textDocument/codeAction"},
                                 {"params",
                                  {{"textDocument", {{"uri", s.uri}}},
                                   {"range",
                                    {{"start", {{"line", 13}, {"character", 82}}},
                                     {"end", {{"line", 13}, {"character", 82}}}}},
                                   {"context", {{"diagnostics", Json::array()}}}}}});
    REQUIRE(out.size() == 1);
    // The finding's own fix, then the suppression's list grown.
    REQUIRE(out[0]["result"].size() == 2);
    CHECK(
        out[0]["result"][1]["edit"] ==
        expect(
            R"({"changes":{"URI":[{"range":{"start":{"line":12,"character":37},"end":{"line":12,"character":37}},"newText":", unknown-stage"}]}})",
            s.uri));
}

TEST_CASE("lsp: definition, references, hover, symbols and rename of a stage id") {
    Session s;
    s.open(k_theme);
    // `proposal` in `next: [proposal]`, line 12 (0-based 11), from character 11.
    CHECK(
        s.at("textDocument/definition", 11, 13) ==
        expect(
            R"({"jsonrpc":"2.0","id":9,"result":{"uri":"URI","range":{"start":{"line":12,"character":9},"end":{"line":12,"character":17}}}})",
            s.uri));
    CHECK(s.at("textDocument/references", 11, 11, {{"context", {{"includeDeclaration", true}}}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":[
              {"uri":"URI","range":{"start":{"line":11,"character":11},"end":{"line":11,"character":19}}},
              {"uri":"URI","range":{"start":{"line":12,"character":9},"end":{"line":12,"character":17}}}]})",
                 s.uri));
    CHECK(s.at("textDocument/references", 11, 19, {{"context", {{"includeDeclaration", false}}}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":[
              {"uri":"URI","range":{"start":{"line":11,"character":11},"end":{"line":11,"character":19}}}]})",
                 s.uri));
    CHECK(s.at("textDocument/hover", 11, 12) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"contents":{"kind":"markdown",
              "value":"**КП 🚀**: stage `proposal`\n\nDeadline: 2 days\n\nLeads to `paymnet`"},
              "range":{"start":{"line":11,"character":11},"end":{"line":11,"character":19}}}})"));
    CHECK(s.at("textDocument/hover", 13, 10) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"contents":{"kind":"markdown",
              "value":"**Оплата**: stage `payment`\n\nNo deadline\n\nA final stage: the deal ends here"},
              "range":{"start":{"line":13,"character":8},"end":{"line":13,"character":15}}}})"));
    // Nothing to say on a key, past the end of a line or of the text.
    CHECK(s.at("textDocument/hover", 1, 0) == expect(R"({"jsonrpc":"2.0","id":9,"result":null})"));
    CHECK(s.at("textDocument/hover", 3, 900) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":null})"));
    CHECK(s.at("textDocument/definition", 9000, 3) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":null})"));
    CHECK(
        s.at("textDocument/prepareRename", 12, 10) ==
        expect(
            R"({"jsonrpc":"2.0","id":9,"result":{"range":{"start":{"line":12,"character":9},"end":{"line":12,"character":17}},"placeholder":"proposal"}})"));
    CHECK(s.at("textDocument/rename", 12, 10, {{"newName", "offer"}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"changes":{"URI":[
              {"range":{"start":{"line":11,"character":11},"end":{"line":11,"character":19}},"newText":"offer"},
              {"range":{"start":{"line":12,"character":9},"end":{"line":12,"character":17}},"newText":"offer"}]}}})",
                 s.uri));
    CHECK(
        s.at("textDocument/rename", 12, 10, {{"newName", "Offer"}}) ==
        expect(
            R"({"jsonrpc":"2.0","id":9,"error":{"code":-32602,"message":"\"Offer\" is not a valid id: use lower-case latin letters, digits, '-' and '_', starting with a letter, at most 64 characters"}})"));
    CHECK(
        s.at("textDocument/rename", 12, 10, {{"newName", "new"}}) ==
        expect(
            R"({"jsonrpc":"2.0","id":9,"error":{"code":-32602,"message":"the theme has \"new\" already"}})"));
    CHECK(
        s.at("textDocument/rename", 0, 1, {{"newName", "x"}}) ==
        expect(
            R"({"jsonrpc":"2.0","id":9,"error":{"code":-32602,"message":"there is no stage, field, outcome or document id here to rename"}})"));
    const auto symbols = s.send(Json{{"jsonrpc", "2.0"},
                                     {"id", 4},
                                     {"method", "textDocument/documentSymbol"},
                                     {"params", {{"textDocument", {{"uri", s.uri}}}}}});
    CHECK(symbols == std::vector<Json>{expect(R"({"jsonrpc":"2.0","id":4,"result":[
        {"name":"stages","kind":3,"range":{"start":{"line":7,"character":4},"end":{"line":15,"character":34}},
         "selectionRange":{"start":{"line":7,"character":4},"end":{"line":15,"character":34}},"children":[
           {"name":"new","detail":"Новый","kind":5,"range":{"start":{"line":7,"character":4},"end":{"line":11,"character":19}},
            "selectionRange":{"start":{"line":7,"character":8},"end":{"line":7,"character":11}}},
           {"name":"proposal","detail":"КП 🚀","kind":5,"range":{"start":{"line":12,"character":4},"end":{"line":12,"character":87}},
            "selectionRange":{"start":{"line":12,"character":9},"end":{"line":12,"character":17}}},
           {"name":"payment","detail":"Оплата","kind":5,"range":{"start":{"line":13,"character":4},"end":{"line":15,"character":34}},
            "selectionRange":{"start":{"line":13,"character":8},"end":{"line":13,"character":15}}}]},
        {"name":"outcomes","kind":3,"range":{"start":{"line":17,"character":4},"end":{"line":19,"character":19}},
         "selectionRange":{"start":{"line":17,"character":4},"end":{"line":19,"character":19}},"children":[
           {"name":"too-expensive","detail":"Дорого","kind":22,"range":{"start":{"line":17,"character":4},"end":{"line":19,"character":19}},
            "selectionRange":{"start":{"line":17,"character":8},"end":{"line":17,"character":21}}}]}]})")});
}

TEST_CASE("lsp: definition of a template path is the file, resolved as the checks resolve it") {
    Session s;
    fs::create_directories(s.dir.path / "шаблоны");
    std::ofstream(s.dir.path / "шаблоны" / "кп.md") << "Добрый день, {{client.name}}!\n";
    s.open(std::string(k_theme) +
           "documents:\n"
           "  - {id: offer, name: КП 🚀, kind: print-form, template: шаблоны/кп.md}\n"
           "  - id: act\n    name: Акт\n    kind: print-form\n    template: шаблоны/нет.md\n");
    // On `кп`, after an emoji: UTF-16 column 65 (64 characters).
    const std::string file = path_to_uri((s.dir.path / "шаблоны" / "кп.md").string());
    CHECK(s.at("textDocument/definition", 21, 65) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"uri":"URI",
              "range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}}}})",
                 file));
    // On the key, not the path; and a path to no file: nothing.
    CHECK(s.at("textDocument/definition", 21, 48) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":null})"));
    CHECK(s.at("textDocument/definition", 25, 20) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":null})"));
}

namespace {

/// k_theme with a document whose template is шаблоны/кп.md, written to the
/// session's folder with `text`.
std::string theme_with_template(const Session& s, const std::string& text) {
    fs::create_directories(s.dir.path / "шаблоны");
    std::ofstream(s.dir.path / "шаблоны" / "кп.md") << text;
    return std::string(k_theme) +
           "documents:\n  - id: offer\n    name: КП\n    kind: print-form\n"
           "    template: шаблоны/кп.md\n";
}

/// A didOpen of `uri` with `text`.
Json opened(const std::string& uri, const std::string& text) {
    return Json{{"jsonrpc", "2.0"},
                {"method", "textDocument/didOpen"},
                {"params",
                 {{"textDocument",
                   {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", text}}}}}};
}

/// The diagnostics published for `uri` among `out`, the last of them.
Json published_for(const std::vector<Json>& out, const std::string& uri) {
    Json found;
    for (const Json& m : out) {
        if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
            found = m;
    }
    return found;
}

}  // namespace

TEST_CASE("lsp: a template opened gets the findings of the theme that names it, in its text") {
    // The theme is open: it is checked again with the template's text (not
    // the disk's), and publishes what it finds there. The tag follows
    // Cyrillic text: UTF-16 columns.
    Session s;
    s.open(theme_with_template(s, "Добрый день, {{client.name}}!\n"));
    const std::string tpl = path_to_uri((s.dir.path / "шаблоны" / "кп.md").string());
    const auto out = s.send(opened(tpl, "Здравствуйте, {{clent.name}}!\n"));
    CHECK(
        published_for(out, tpl) ==
        expect(
            R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"URI","diagnostics":[
        {"range":{"start":{"line":0,"character":14},"end":{"line":0,"character":28}},"severity":1,"source":"reltheme",
         "code":"unknown-placeholder","codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/unknown-placeholder.md"},
         "message":"unknown placeholder \"clent.name\"; did you mean \"client.name\"?",
         "relatedInformation":[{"location":{"uri":)" +
                dumped(s.uri) +
                R"(,"range":{"start":{"line":24,"character":14},"end":{"line":24,"character":27}}},
           "message":"used as the template of document \"offer\" here"}]}]}})",
            tpl));
    // The finding's fix is its code action there (no suppression comment:
    // a template has none).
    const auto actions = s.send(Json{{"jsonrpc", "2.0"},
                                     {"id", 9},
                                     {"method", "textDocument/codeAction"},
                                     {"params",
                                      {{"textDocument", {{"uri", tpl}}},
                                       {"range",
                                        {{"start", {{"line", 0}, {"character", 20}}},
                                         {"end", {{"line", 0}, {"character", 20}}}}},
                                       {"context", {{"diagnostics", Json::array()}}}}}});
    REQUIRE(actions.size() == 1);
    const Json fix{
        {"title", "Replace with \"client.name\""},
        {"kind", "quickfix"},
        {"isPreferred", false},
        {"diagnostics", Json::array({published_for(out, tpl)["params"]["diagnostics"][0]})},
        {"edit",
         expect(
             R"({"changes":{"URI":[{"range":{"start":{"line":0,"character":16},"end":{"line":0,"character":26}},"newText":"client.name"}]}})",
             tpl)}};
    CHECK(actions[0] == Json{{"jsonrpc", "2.0"}, {"id", 9}, {"result", Json::array({fix})}});
    // Its language features answer nothing: it is no theme.
    const auto asked = s.send(
        Json{{"jsonrpc", "2.0"},
             {"id", 9},
             {"method", "textDocument/completion"},
             {"params",
              {{"textDocument", {{"uri", tpl}}}, {"position", {{"line", 0}, {"character", 0}}}}}});
    CHECK(asked == std::vector<Json>{expect(
                       R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[]}})")});
    // Closed: the theme is checked with the disk's text again, which has no
    // finding there.
    const auto closed = s.send(Json{{"jsonrpc", "2.0"},
                                    {"method", "textDocument/didClose"},
                                    {"params", {{"textDocument", {{"uri", tpl}}}}}});
    CHECK(
        published_for(closed, tpl) ==
        expect(
            R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"URI","diagnostics":[]}})",
            tpl));
}

TEST_CASE("lsp: a template no open theme names gets the findings of the project's theme file") {
    Session s;
    std::ofstream(s.dir.path / "t.yaml") << theme_with_template(s, "Добрый день!\n");
    const std::string tpl = path_to_uri((s.dir.path / "шаблоны" / "кп.md").string());
    const auto out = s.send(opened(tpl, "Итог: {{#client.name}}\n"));
    REQUIRE(out.size() == 1);
    std::string want =
        R"J({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"URI","version":1,"diagnostics":[
        {"range":{"start":{"line":0,"character":6},"end":{"line":0,"character":22}},"severity":1,"source":"reltheme",
         "code":"template-syntax","codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/template-syntax.md"},
         "message":"section \"client.name\" is never closed (or is closed by a tag with another name)",
         "relatedInformation":[{"location":{"uri":THEME,"range":{"start":{"line":24,"character":14},"end":{"line":24,"character":27}}},
           "message":"used as the template of document \"offer\" here"}]}]}})J";
    want.replace(want.find("THEME"), 5, dumped(path_to_uri((s.dir.path / "t.yaml").string())));
    CHECK(out[0] == expect(want, tpl));
    // A file no theme of the project names: nothing.
    const std::string other = path_to_uri((s.dir.path / "шаблоны" / "другой.md").string());
    const auto none = s.send(opened(other, "{{#x}}\n"));
    CHECK(
        none ==
        std::vector<Json>{expect(
            R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"URI","version":1,"diagnostics":[]}})",
            other)});
}

TEST_CASE("lsp: a scenario or model file opened gets simulate's findings of it, in its text") {
    // UTF-8 positions: the Cyrillic client before the stage counts two bytes
    // a letter.
    Session s(R"(["utf-8"])");
    std::ofstream(s.dir.path / "t.yaml") << k_theme;
    const std::string scenario = path_to_uri((s.dir.path / "сценарий.yaml").string());
    const auto out = s.send(opened(scenario,
                                   "reltheme-scenario: 1\n"
                                   "theme: t.yaml\n"
                                   "start: 2026-05-04T09:00\n"
                                   "deals:\n"
                                   "  - id: d-1\n"
                                   "    client: ромашка\n"
                                   "    steps:\n"
                                   "      - { at: +0h, do: create }\n"
                                   "      - { at: +1h, do: move, to: proposl }\n"
                                   "      - { at: +2h, do: close, outcome: дорого }\n"
                                   "expect:\n"
                                   "  - { deal: d-1, stage: paymnt }\n"));
    // The expectation names no stage of the theme (the loader's check
    // against it); what the steps do wrong is the run's, not a finding.
    CHECK(
        out ==
        std::vector<Json>{expect(
            R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"URI","version":1,"diagnostics":[
        {"range":{"start":{"line":11,"character":24},"end":{"line":11,"character":30}},"severity":1,"source":"reltheme",
         "code":"unknown-stage","codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/unknown-stage.md"},
         "message":"stage \"paymnt\" does not exist in theme t; did you mean \"payment\"?"}]}})",
            scenario)});
    // Completion of the outcome ids the scenario writes, while the line does
    // not parse yet (the theme as last loaded): the type's built-in ones, then
    // the theme's, after Cyrillic text (UTF-8 column 79, 66 characters).
    const std::string typed =
        "reltheme-scenario: 1\ntheme: t.yaml\nstart: 2026-05-04T09:00\ndeals:\n  - id: d-1\n"
        "    client: ромашка\n    steps:\n      - { at: +0h, do: create }\n"
        "      - { at: +1h, do: move, to: proposl }\n"
        "      - { at: +2h, do: close, comment: слишком дорого, outcome: to\n"
        "expect:\n  - { deal: d-1, stage: paymnt }\n";
    s.send(Json{{"jsonrpc", "2.0"},
                {"method", "textDocument/didChange"},
                {"params",
                 {{"textDocument", {{"uri", scenario}, {"version", 2}}},
                  {"contentChanges", {{{"text", typed}}}}}}});
    const auto completion_at = [&](int line, int character) {
        const auto answer =
            s.send(Json{{"jsonrpc", "2.0"},
                        {"id", 9},
                        {"method", "textDocument/completion"},
                        {"params",
                         {{"textDocument", {{"uri", scenario}}},
                          {"position", {{"line", line}, {"character", character}}}}}});
        REQUIRE(answer.size() == 1);
        return answer.front();
    };
    const std::string at_to =
        R"("textEdit":{"range":{"start":{"line":9,"character":77},"end":{"line":9,"character":79}},"newText":)";
    CHECK(completion_at(9, 79) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[
            {"label":"won","kind":12,)" +
                 at_to + R"("won"}},
            {"label":"lost","kind":12,)" +
                 at_to + R"("lost"}},
            {"label":"too-expensive","kind":12,)" +
                 at_to + R"("too-expensive"},"detail":"Дорого"}]}})"));
    // The stage of an expectation: the theme's stages with their names.
    const std::string at_stage =
        R"("textEdit":{"range":{"start":{"line":11,"character":24},"end":{"line":11,"character":30}},"newText":)";
    CHECK(completion_at(11, 30) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[
            {"label":"new","kind":12,)" +
                 at_stage + R"("new"},"detail":"Новый"},
            {"label":"proposal","kind":12,)" +
                 at_stage + R"("proposal"},"detail":"КП 🚀"},
            {"label":"payment","kind":12,)" +
                 at_stage + R"("payment"},"detail":"Оплата"}]}})"));
    // A finding's fix is a code action there; no "ignore" comment is
    // offered, since simulate honours none.
    const std::string bad = path_to_uri((s.dir.path / "b.yaml").string());
    s.send(opened(bad,
                  "reltheme-scenario: 1\ntheme: t.yaml\nstart: 2026-05-04T09:00\ndeals:\n"
                  "  - id: d-1\n    client: c\n    steps:\n      - { at: +0h, do: create }\n"
                  "expect:\n  - { deal: d-1, state: opened }\n"));
    const auto actions = s.send(Json{{"jsonrpc", "2.0"},
                                     {"id", 9},
                                     {"method", "textDocument/codeAction"},
                                     {"params",
                                      {{"textDocument", {{"uri", bad}}},
                                       {"range",
                                        {{"start", {{"line", 9}, {"character", 24}}},
                                         {"end", {{"line", 9}, {"character", 24}}}}},
                                       {"context", {{"diagnostics", Json::array()}}}}}});
    REQUIRE(actions.size() == 1);
    CHECK(
        actions[0] ==
        expect(
            R"({"jsonrpc":"2.0","id":9,"result":[{"title":"Replace with \"open\"","kind":"quickfix","isPreferred":false,
        "diagnostics":[{"range":{"start":{"line":9,"character":24},"end":{"line":9,"character":30}},"severity":1,"source":"reltheme",
          "code":"schema","codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/schema.md"},
          "message":"bad value \"opened\" for \"state\"; allowed: open, closed, none; did you mean \"open\"?"}],
        "edit":{"changes":{"URI":[{"range":{"start":{"line":9,"character":24},"end":{"line":9,"character":30}},"newText":"open"}]}}}]})",
            bad));
    // Hover and definition of the ids a scenario writes: the theme's.
    const std::string h = path_to_uri((s.dir.path / "h.yaml").string());
    s.send(opened(h,
                  "reltheme-scenario: 1\ntheme: t.yaml\nstart: 2026-05-04T09:00\ndeals:\n"
                  "  - id: d-1\n    client: c\n    steps:\n      - { at: +0h, do: create }\n"
                  "expect:\n  - { deal: d-1, stage: proposal }\n"));
    const auto asked_at = [&](const char* method, int line, int character) {
        const auto answer =
            s.send(Json{{"jsonrpc", "2.0"},
                        {"id", 9},
                        {"method", method},
                        {"params",
                         {{"textDocument", {{"uri", h}}},
                          {"position", {{"line", line}, {"character", character}}}}}});
        REQUIRE(answer.size() == 1);
        return answer.front();
    };
    CHECK(asked_at("textDocument/hover", 9, 27) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"contents":{"kind":"markdown",
              "value":"**КП 🚀**: stage `proposal`\n\nDeadline: 2 days\n\nLeads to `paymnet`"},
              "range":{"start":{"line":9,"character":24},"end":{"line":9,"character":32}}}})"));
    CHECK(asked_at("textDocument/definition", 9, 27) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"uri":"URI",
              "range":{"start":{"line":12,"character":9},"end":{"line":12,"character":17}}}})",
                 path_to_uri((s.dir.path / "t.yaml").string())));
    // Elsewhere (the deal's id): nothing.
    CHECK(asked_at("textDocument/definition", 9, 10) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":null})"));
    const std::string model = path_to_uri((s.dir.path / "модель.yaml").string());
    const auto m = s.send(opened(model,
                                 "reltheme-model: 1\n"
                                 "theme: t.yaml\n"
                                 "stages:\n"
                                 "  новый: { duration: { dist: fixed, value: 1d } }\n"));
    std::string model_findings;
    for (const char* stage : {"new", "payment", "proposal"}) {
        model_findings +=
            R"({"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":6}},"severity":1,"source":"reltheme",
             "code":"schema","codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/schema.md"},
             "message":"the model gives no duration for stage )" +
            std::string(stage) + "\"},";
    }
    CHECK(
        m ==
        std::vector<Json>{expect(
            R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"URI","version":1,"diagnostics":[)" +
                model_findings +
                R"({"range":{"start":{"line":3,"character":2},"end":{"line":3,"character":12}},"severity":1,"source":"reltheme",
         "code":"unknown-stage","codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/unknown-stage.md"},
         "message":"theme t has no stage \"новый\""}]}})",
            model)});
}

TEST_CASE("lsp: hover over a duration says it in words, in the chosen language") {
    Session s;
    std::string theme = k_theme;
    theme.replace(theme.find("stages:\n"), 0, "max_duration: 3bd\n");
    s.open(theme);
    CHECK(s.at("textDocument/hover", 11, 15) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"contents":{"kind":"markdown",
              "value":"1 day"},
              "range":{"start":{"line":11,"character":14},"end":{"line":11,"character":16}}}})"));
    const i18n::ScopedLang russian(Lang::Ru);
    CHECK(s.at("textDocument/hover", 6, 14) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"contents":{"kind":"markdown",
              "value":"3 рабочих дня"},
              "range":{"start":{"line":6,"character":14},"end":{"line":6,"character":17}}}})"));
}

TEST_CASE("lsp: hover over a placeholder says what it expands to") {
    Session s;
    std::string theme = k_theme;
    theme.replace(theme.find("Позвоните."), std::string("Позвоните.").size(),
                  "Позвоните {{ client.name }} на этапе {{stage.name}}.");
    theme.replace(theme.find("Ведите клиента."), std::string("Ведите клиента.").size(),
                  "Ведите по {{theme.name}}.");
    s.open(theme);
    // "    instruction: Позвоните {{ client.name }} на этапе {{stage.name}}."
    CHECK(s.at("textDocument/hover", 9, 32) == expect(R"({"jsonrpc":"2.0","id":9,"result":{
        "contents":{"kind":"markdown","value":"`{{client.name}}`: the client's name, from the deal"},
        "range":{"start":{"line":9,"character":27},"end":{"line":9,"character":44}}}})"));
    CHECK(s.at("textDocument/hover", 9, 58)["result"]["contents"]["value"] ==
          "`{{stage.name}}`: this stage's name: Новый");
    {
        i18n::ScopedLang ru(Lang::Ru);
        CHECK(s.at("textDocument/hover", 5, 24)["result"]["contents"]["value"] ==
              "`{{theme.name}}`: название темы: Тема");
    }
    // Outside the braces, and a stage placeholder where no stage is known.
    CHECK(s.at("textDocument/hover", 9, 20)["result"].is_null());
}

TEST_CASE("lsp: hover over a rule id in a suppression comment shows its summary") {
    Session s;
    std::string theme = k_theme;
    theme.replace(theme.find("  - id: payment"), 0,
                  "  # reltheme: ignore[missing-deadline] later\n");
    s.open(theme);
    const std::string summary = find_in_catalogue("missing-deadline")->summary;
    CHECK(
        s.at("textDocument/hover", 13, 25) ==
        expect(
            R"({"jsonrpc":"2.0","id":9,"result":{"contents":{"kind":"markdown","value":)" +
            dumped("**missing-deadline**: " + summary +
                   "\n\n[missing-deadline](https://github.com/reltheme/reltheme/blob/main/docs/"
                   "rules/missing-deadline.md)") +
            R"(},"range":{"start":{"line":13,"character":21},"end":{"line":13,"character":37}}}})"));
}

TEST_CASE("lsp: completion of stage ids, field ids and keys where the cursor is") {
    Session s;
    std::string theme = k_theme;
    // A new stage being written, its `next` list open.
    theme += "  - id: draft\n    name: Черновик\n    next: [pr\n";
    s.open(k_theme);
    s.send(Json{{"jsonrpc", "2.0"},
                {"method", "textDocument/didChange"},
                {"params",
                 {{"textDocument", {{"uri", s.uri}, {"version", 2}}},
                  {"contentChanges", {{{"text", theme}}}}}}});
    const auto stage_items = [](int line, int from, int to) {
        std::string range = R"({"start":{"line":)" + std::to_string(line) + R"(,"character":)" +
                            std::to_string(from) + R"(},"end":{"line":)" + std::to_string(line) +
                            R"(,"character":)" + std::to_string(to) + "}}";
        std::string items;
        for (const auto& [id, name] : std::vector<std::pair<const char*, const char*>>{
                 {"new", "Новый"}, {"proposal", "КП 🚀"}, {"payment", "Оплата"}}) {
            items += std::string(items.empty() ? "" : ",") + R"({"label":")" + id +
                     R"(","kind":12,"detail":")" + name + R"(","textEdit":{"range":)" + range +
                     R"(,"newText":")" + id + "\"}}";
        }
        return items;
    };
    // The text does not parse (an unclosed list): the ids of the last theme
    // that loaded are offered, without names.
    const Json unparsed = s.at("textDocument/completion", 22, 13);
    CHECK(unparsed == expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[
        {"label":"new","kind":12,"textEdit":{"range":{"start":{"line":22,"character":11},"end":{"line":22,"character":13}},"newText":"new"}},
        {"label":"proposal","kind":12,"textEdit":{"range":{"start":{"line":22,"character":11},"end":{"line":22,"character":13}},"newText":"proposal"}},
        {"label":"payment","kind":12,"textEdit":{"range":{"start":{"line":22,"character":11},"end":{"line":22,"character":13}},"newText":"payment"}}]}})"));
    // In a loaded theme: `next: [` of the first stage, after the comma.
    CHECK(completion_in("next: [proposal]", "next: [proposal, ]", 11, 21) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[)" +
                 stage_items(11, 21, 21) + "]}}"));
    // A block list under `next:`.
    CHECK(completion_in("next: [proposal]", "next:\n      - pro", 12, 11) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[)" +
                 stage_items(12, 8, 11) + "]}}"));
    // A key of a stage, and a key at the top of the theme.
    Session v;
    std::string keys = k_theme;
    keys.replace(keys.find("    deadline: 1d\n"), 0, "    ro\n");
    v.open(keys);
    // Each key carries what the theme's schema says of it (its title and
    // description), read here straight from the stage's definition.
    const Json schema = Json::parse(*embedded_file("schemas/theme.schema.json"));
    const Json& stage_schema = schema["definitions"]["stage"]["properties"];
    std::string stage_keys;
    for (const char* k : {"id", "name", "deadline", "instruction", "probability", "role", "result",
                          "next", "requires", "formerly"}) {
        const std::string doc = "**" + stage_schema[k]["title"].get<std::string>() + "**\n\n" +
                                stage_schema[k]["description"].get<std::string>();
        stage_keys +=
            std::string(stage_keys.empty() ? "" : ",") + R"({"label":")" + k +
            R"(","kind":10,"textEdit":{"range":{"start":{"line":10,"character":4},"end":{"line":10,"character":6}},"newText":")" +
            k + R"(: "},"documentation":{"kind":"markdown","value":)" + dumped(doc) + "}}";
    }
    CHECK(v.at("textDocument/completion", 10, 6) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[)" +
                 stage_keys + "]}}"));
    const Json top = v.at("textDocument/completion", 20, 0);
    std::vector<std::string> labels;
    for (const Json& item : top["result"]["items"]) labels.push_back(item["label"]);
    CHECK(labels == std::vector<std::string>{"reltheme", "id", "name", "type", "description",
                                             "instruction", "instruction_file", "script",
                                             "max_duration", "deadline_change", "stages",
                                             "outcomes", "documents", "fields", "parameters"});
    // A value of another key is offered nothing.
    CHECK(v.at("textDocument/completion", 2, 8) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[]}})"));
}

TEST_CASE("lsp: completed keys say what they are, as the theme's schema words it") {
    // A transition written as a mapping: `to` and `probability`, the words of
    // the schema's transition object.
    Session s;
    std::string theme = k_theme;
    theme.replace(theme.find("    next: [proposal]\n"), 21,
                  "    next:\n      - {to: proposal}\n      - to: payment\n        pr\n");
    s.open(theme);
    CHECK(s.at("textDocument/completion", 14, 10) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[
      {"label":"to","kind":10,"textEdit":{"range":{"start":{"line":14,"character":8},"end":{"line":14,"character":10}},"newText":"to: "},
       "documentation":{"kind":"markdown","value":"**Target stage (следующий этап)**\n\nId of the stage this transition leads to (следующий этап)."}},
      {"label":"probability","kind":10,"textEdit":{"range":{"start":{"line":14,"character":8},"end":{"line":14,"character":10}},"newText":"probability: "},
       "documentation":{"kind":"markdown","value":"**Branch probability (вероятность перехода)**\n\nWeight of this branch in simulation (вероятность перехода), 0 to 1. Those given for one stage sum to at most 1."}}]}})"));
    // A key of an outcome: the schema's outcome definition.
    Session o;
    o.open(std::string(k_theme) + "  - id: signed\n    name: Договор подписан\n    res\n");
    const Json outcome = o.at("textDocument/completion", 22, 7);
    REQUIRE(outcome["result"]["items"].size() == 5);
    CHECK(outcome["result"]["items"][2] ==
          expect(R"({"label":"result","kind":10,
      "textEdit":{"range":{"start":{"line":22,"character":4},"end":{"line":22,"character":7}},"newText":"result: "},
      "documentation":{"kind":"markdown","value":"**Result (результат)**\n\n)" +
                 Json::parse(*embedded_file(
                     "schemas/theme.schema.json"))["definitions"]["outcome"]["properties"]["result"]
                                                  ["description"]
                                                      .get<std::string>() +
                 R"("}})"));
}

namespace {

/// A CompletionList of values, each replacing [from, to) of `line`.
Json value_items(int line, int from, int to, const std::vector<std::string>& values) {
    std::string items;
    for (const auto& v : values) {
        items += std::string(items.empty() ? "" : ",") + R"({"label":")" + v +
                 R"(","kind":12,"textEdit":{"range":{"start":{"line":)" + std::to_string(line) +
                 R"(,"character":)" + std::to_string(from) + R"(},"end":{"line":)" +
                 std::to_string(line) + R"(,"character":)" + std::to_string(to) +
                 R"(}},"newText":")" + v + "\"}}";
    }
    return expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[)" + items +
                  "]}}");
}

}  // namespace

TEST_CASE("lsp: completion of enum values, the registry's approvers and placeholders") {
    // An enumeration's values, as the loader lists them.
    Session s;
    s.open(std::string(k_theme) + "parameters:\n  close: on-\n");
    CHECK(s.at("textDocument/completion", 21, 12) ==
          value_items(21, 9, 12, {"on-outcome", "on-final-stage", "on-payment"}));
    // The approvers of the project's registry, after `manager`.
    Session r;
    std::ofstream(r.dir.path / "reltheme.yaml")
        << "themes: [\"*.yaml\"]\nregistry:\n  approvers: [\"role:head\", \"user:ivanov\"]\n";
    r.open(std::string(k_theme) + "deadline_change:\n  approval: required\n  approvers:\n    - \n");
    CHECK(r.at("textDocument/completion", 23, 6) ==
          value_items(23, 6, 6, {"manager", "role:head", "user:ivanov"}));
    // Placeholders after `{{` in a stage's instruction: a stage is known there.
    Session p;
    std::string theme = k_theme;
    theme.replace(theme.find("Позвоните."), std::string("Позвоните.").size(), "Позвоните {{cl");
    p.open(theme);
    CHECK(
        p.at("textDocument/completion", 9, 31) ==
        value_items(9, 29, 31,
                    {"client.name", "deal.manager", "deal.deadline", "theme.name", "stage.name"}));
    // In the theme's own instruction, none of the stage's.
    theme.replace(theme.find("Ведите клиента."), std::string("Ведите клиента.").size(),
                  "Ведите {{");
    Session q;
    q.open(theme);
    CHECK(q.at("textDocument/completion", 5, 22) ==
          value_items(5, 22, 22, {"client.name", "deal.manager", "deal.deadline", "theme.name"}));
}

namespace {

/// A git repository in the session's folder whose one commit holds k_theme
/// as t.yaml.
void commit_theme(const Session& s) {
    std::ofstream(s.dir.path / "t.yaml") << k_theme;
    const std::string git =
        "git -C '" + s.dir.path.string() +
        "' -c user.name=t -c user.email=t@example.com -c init.defaultBranch=main ";
    REQUIRE(std::system((git + "init -q && " + git + "add t.yaml && " + git + "commit -q -m one")
                            .c_str()) == 0);
}

/// A completion item of a `formerly` list replacing [from, to) of `line`.
std::string formerly_item(const std::string& id, const std::string& detail, int line, int from,
                          int to) {
    return R"({"label":")" + id + R"(","kind":12,"detail":)" + dumped(detail) +
           R"(,"textEdit":{"range":{"start":{"line":)" + std::to_string(line) + R"(,"character":)" +
           std::to_string(from) + R"(},"end":{"line":)" + std::to_string(line) +
           R"(,"character":)" + std::to_string(to) + R"(}},"newText":")" + id + "\"}}";
}

Json items_of(const std::string& items) {
    return expect(R"({"jsonrpc":"2.0","id":9,"result":{"isIncomplete":false,"items":[)" + items +
                  "]}}");
}

}  // namespace

TEST_CASE("lsp: a formerly list is offered the ids the last commit has and the theme lost") {
    // Two stages renamed since the commit (proposal -> offer, payment ->
    // paid); the offer's `formerly` names proposal already, so payment alone
    // is offered. The line holds Cyrillic and an emoji: the column counts
    // UTF-16 units (105, where characters count 104).
    Session s;
    commit_theme(s);
    std::string theme = k_theme;
    theme.replace(theme.find("  - {id: proposal"), 17, "  - {id: offer");
    theme.replace(theme.find("next: [paymnet]}"), 16, "next: [paid], formerly: [proposal, ]}");
    theme.replace(theme.find("  - id: payment"), 15, "  - id: paid");
    s.open(theme);
    CHECK(s.at("textDocument/completion", 12, 105) ==
          items_of(formerly_item("payment", "Оплата: in the last commit, no longer in the theme",
                                 12, 105, 105)));
    {
        const i18n::ScopedLang russian(Lang::Ru);
        CHECK(s.at("textDocument/completion", 12, 105) ==
              items_of(formerly_item("payment",
                                     "«Оплата»: есть в последнем коммите, в теме его больше нет",
                                     12, 105, 105)));
    }
    // An outcome renamed, its `formerly` a block list being written (and a
    // stage renamed too, whose id an outcome's list never offers).
    Session o;
    commit_theme(o);
    theme = k_theme;
    theme.replace(theme.find("id: too-expensive"), 17, "id: pricey");
    theme.replace(theme.find("  - id: payment"), 15, "  - id: paid");
    theme += "    formerly:\n      - to\n";
    o.open(theme);
    CHECK(o.at("textDocument/completion", 21, 10) ==
          items_of(formerly_item("too-expensive",
                                 "Дорого: in the last commit, no longer in the theme", 21, 8, 10)));
    // The text does not load (a list left open): the last version that
    // loaded says what the theme still defines.
    std::string open_list = theme;
    open_list.replace(open_list.find("    name: Оплата\n"),
                      std::string("    name: Оплата\n").size(),
                      "    name: Оплата\n    formerly: [pa\n");
    o.send(Json{{"jsonrpc", "2.0"},
                {"method", "textDocument/didChange"},
                {"params",
                 {{"textDocument", {{"uri", o.uri}, {"version", 2}}},
                  {"contentChanges", {{{"text", open_list}}}}}}});
    CHECK(o.at("textDocument/completion", 15, 17) ==
          items_of(formerly_item("payment", "Оплата: in the last commit, no longer in the theme",
                                 15, 15, 17)));
    // Outside a repository, nothing is offered.
    Session n;
    n.open(theme);
    CHECK(n.at("textDocument/completion", 21, 10) == items_of(""));
}

namespace {

/// A scenario and a model of k_theme beside it in the session's folder.
void write_simulation_files(const Session& s) {
    std::ofstream(s.dir.path / "t.yaml") << k_theme;
    std::ofstream(s.dir.path / "sc.yaml")
        << "reltheme-scenario: 1\ntheme: t.yaml\nstart: 2026-05-04T09:00\ndeals:\n  - id: d-1\n"
           "    client: ромашка\n    steps:\n      - { at: +0h, do: create }\n"
           "      - { at: +1h, do: move, to: payment }\n"
           "      - { at: +2h, do: close, comment: слишком дорого 🚀, outcome: too-expensive }\n"
           "expect:\n  - { deal: d-1, outcome: too-expensive }\n  - { deal: d-1, stage: payment "
           "}\n";
    std::ofstream(s.dir.path / "m.yaml")
        << "reltheme-model: 1\ntheme: t.yaml\nstages:\n"
           "  new: { duration: { dist: fixed, value: 1d }, next: { payment: 1 } }\n"
           "  payment: { duration: { dist: fixed, value: 1d } }\n";
}

std::string edit(int line, int from, int to, const std::string& text) {
    return R"({"range":{"start":{"line":)" + std::to_string(line) + R"(,"character":)" +
           std::to_string(from) + R"(},"end":{"line":)" + std::to_string(line) +
           R"(,"character":)" + std::to_string(to) + R"(}},"newText":)" + dumped(text) + "}";
}

}  // namespace

TEST_CASE(
    "lsp: a rename edits the project's scenarios and models, and adds the old id to formerly") {
    // An outcome renamed in a committed theme: its definition, `formerly:
    // [old]` after it (the last commit has the old id), and the scenario's
    // step and expectation; the model names no outcome. The step's id
    // follows an emoji: UTF-16 column 67 (66 characters).
    Session s;
    write_simulation_files(s);
    commit_theme(s);
    s.open(k_theme);
    const std::string sc = path_to_uri((s.dir.path / "sc.yaml").string());
    const std::string m = path_to_uri((s.dir.path / "m.yaml").string());
    CHECK(s.at("textDocument/rename", 17, 10, {{"newName", "pricey"}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"changes":{)" + dumped(s.uri) + ":[" +
                 edit(17, 8, 21, "pricey") + "," +
                 edit(17, 21, 21, "\n    formerly: [too-expensive]") + "]," + dumped(sc) + ":[" +
                 edit(9, 67, 80, "pricey") + "," + edit(11, 26, 39, "pricey") + "]}}}"));
    // A stage written as a flow mapping gets `formerly` as a pair after its
    // id; one with a flow list has the old id added to it.
    Session f;
    commit_theme(f);
    std::string listed = k_theme;
    listed.replace(listed.find("    name: Оплата\n"), std::string("    name: Оплата\n").size(),
                   "    name: Оплата\n    formerly: [pay]\n");
    f.open(listed);
    CHECK(f.at("textDocument/rename", 12, 12, {{"newName", "offer"}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"changes":{)" + dumped(f.uri) + ":[" +
                 edit(11, 11, 19, "offer") + "," + edit(12, 9, 17, "offer") + "," +
                 edit(12, 17, 17, ", formerly: [proposal]") + "]}}}"));
    CHECK(f.at("textDocument/rename", 13, 10, {{"newName", "paid"}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"changes":{)" + dumped(f.uri) + ":[" +
                 edit(13, 8, 15, "paid") + "," + edit(15, 18, 18, ", payment") + "]}}}"));
    // A document renamed: the scenario's `send` of it (documents have no
    // `formerly`).
    Session d;
    const std::string with_document =
        std::string(k_theme) + "documents:\n  - id: offer\n    name: КП\n    kind: print-form\n";
    std::ofstream(d.dir.path / "t.yaml") << with_document;
    std::ofstream(d.dir.path / "sc.yaml")
        << "reltheme-scenario: 1\ntheme: t.yaml\nstart: 2026-05-04T09:00\ndeals:\n  - id: d-1\n"
           "    client: c\n    steps:\n      - { at: +0h, do: create }\n"
           "      - { at: +1h, do: send, document: offer }\n";
    d.open(with_document);
    CHECK(d.at("textDocument/rename", 21, 10, {{"newName", "kp"}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"changes":{)" + dumped(d.uri) + ":[" +
                 edit(21, 8, 13, "kp") + "]," +
                 dumped(path_to_uri((d.dir.path / "sc.yaml").string())) + ":[" +
                 edit(8, 39, 44, "kp") + "]}}}"));
    // A stage renamed in a theme the repository has not committed (nor
    // anything: no formerly is added): the scenario's move and expectation,
    // the model's stage and a branch to it.
    Session n;
    write_simulation_files(n);
    n.open(k_theme);
    const std::string nsc = path_to_uri((n.dir.path / "sc.yaml").string());
    const std::string nm = path_to_uri((n.dir.path / "m.yaml").string());
    CHECK(n.at("textDocument/rename", 13, 10, {{"newName", "paid"}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":{"changes":{)" + dumped(n.uri) + ":[" +
                 edit(13, 8, 15, "paid") + "]," + dumped(nsc) + ":[" + edit(8, 33, 40, "paid") +
                 "," + edit(12, 24, 31, "paid") + "]," + dumped(nm) + ":[" +
                 edit(3, 55, 62, "paid") + "," + edit(4, 2, 9, "paid") + "]}}}"));
}

TEST_CASE("lsp: references of an id reach the project's scenarios and models that name it") {
    // The outcome is defined in the theme only; the scenario closes a deal
    // with it (after an emoji: UTF-16 column 67) and expects it. A stage is
    // also a model's key and a branch of another model stage. Files come in
    // the order lint reads them.
    Session s;
    write_simulation_files(s);
    s.open(k_theme);
    const std::string sc = dumped(path_to_uri((s.dir.path / "sc.yaml").string()));
    const std::string m = dumped(path_to_uri((s.dir.path / "m.yaml").string()));
    auto at = [](const std::string& uri, int line, int from, int to) {
        return R"({"uri":)" + uri + R"(,"range":{"start":{"line":)" + std::to_string(line) +
               R"(,"character":)" + std::to_string(from) + R"(},"end":{"line":)" +
               std::to_string(line) + R"(,"character":)" + std::to_string(to) + "}}}";
    };
    const std::string theme = dumped(s.uri);
    CHECK(s.at("textDocument/references", 17, 10, {{"context", {{"includeDeclaration", true}}}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":[)" + at(theme, 17, 8, 21) + "," +
                 at(sc, 9, 67, 80) + "," + at(sc, 11, 26, 39) + "]}"));
    CHECK(s.at("textDocument/references", 13, 10, {{"context", {{"includeDeclaration", false}}}}) ==
          expect(R"({"jsonrpc":"2.0","id":9,"result":[)" + at(m, 3, 55, 62) + "," + at(m, 4, 2, 9) +
                 "," + at(sc, 8, 33, 40) + "," + at(sc, 12, 24, 31) + "]}"));
}

TEST_CASE("lsp: a theme id another file of the project uses is found as the document changes") {
    Session s;
    const std::string other = (s.dir.path / "a-other.yaml").string();
    std::string taken = k_theme;
    taken.replace(taken.find("name: Тема"), 10, "name: Другая");
    std::ofstream(other) << taken;
    const auto out = s.open(k_theme);
    REQUIRE(!out.empty());
    const Json& diagnostics = out.back()["params"]["diagnostics"];
    const auto dup = std::find_if(diagnostics.begin(), diagnostics.end(),
                                  [](const Json& d) { return d["code"] == "duplicate-id"; });
    REQUIRE(dup != diagnostics.end());
    CHECK((*dup)["message"] == "theme id \"t\" is already used by " + other);
    CHECK((*dup)["range"] ==
          Json::parse(R"({"start":{"line":1,"character":4},"end":{"line":1,"character":5}})"));
    REQUIRE((*dup)["relatedInformation"].size() == 1);
    CHECK((*dup)["relatedInformation"][0]["location"]["uri"] == path_to_uri(other));
    CHECK((*dup)["relatedInformation"][0]["message"] == "first defined here");
    // The other file takes another id: the next check no longer finds it.
    taken.replace(taken.find("id: t\n"), 6, "id: u\n");
    std::ofstream(other) << taken;
    fs::last_write_time(other, fs::last_write_time(other) + std::chrono::seconds(2));
    const auto again = s.send(Json{{"jsonrpc", "2.0"},
                                   {"method", "textDocument/didChange"},
                                   {"params",
                                    {{"textDocument", {{"uri", s.uri}, {"version", 2}}},
                                     {"contentChanges", {{{"text", std::string(k_theme)}}}}}}});
    for (const Json& d : again.back()["params"]["diagnostics"]) CHECK(d["code"] != "duplicate-id");
}

TEST_CASE("lsp: a client that reports file changes keeps the project's file list until it does") {
    Session s(R"(["utf-16"])",
              R"(,"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}})");
    CHECK(
        s.started ==
        std::vector<Json>{Json::parse(
            R"({"jsonrpc":"2.0","id":"reltheme-watch","method":"client/registerCapability","params":{
        "registrations":[{"id":"reltheme-watched-files","method":"workspace/didChangeWatchedFiles",
                          "registerOptions":{"watchers":[{"globPattern":"**/*.{yaml,yml}"}]}}]}})")});
    // The client's answer to the registration is no request of its own.
    CHECK(s.send(R"({"jsonrpc":"2.0","id":"reltheme-watch","result":null})").empty());
    const auto duplicates = [](const std::vector<Json>& out) {
        int n = 0;
        for (const Json& d : out.back()["params"]["diagnostics"]) n += d["code"] == "duplicate-id";
        return n;
    };
    CHECK(duplicates(s.open(k_theme)) == 0);
    // Another theme file with the same id, created: not in the list kept.
    std::ofstream(s.dir.path / "a-other.yaml") << k_theme;
    const Json change{{"jsonrpc", "2.0"},
                      {"method", "textDocument/didChange"},
                      {"params",
                       {{"textDocument", {{"uri", s.uri}, {"version", 2}}},
                        {"contentChanges", {{{"text", std::string(k_theme)}}}}}}};
    CHECK(duplicates(s.send(change)) == 0);
    // Reported: the list is walked again at the next check.
    CHECK(s.send(Json{{"jsonrpc", "2.0"},
                      {"method", "workspace/didChangeWatchedFiles"},
                      {"params",
                       {{"changes",
                         {{{"uri", path_to_uri((s.dir.path / "a-other.yaml").string())},
                           {"type", 1}}}}}}})
              .empty());
    CHECK(duplicates(s.send(change)) == 1);
    // A client that does not report them: nothing is registered, the list is
    // walked at every check.
    Session w;
    CHECK(w.started.empty());
}

TEST_CASE("lsp: hostile documents get a correct answer") {
    Session s;
    // Ten megabytes: over the size limit of a theme, said as lint says it.
    const std::string big = "reltheme: 1\n" + std::string(10u << 20, '#') + "\n";
    const auto out = s.open(big);
    REQUIRE(out.size() == 1);
    const std::vector<Diagnostic> lint =
        test::check_string(big, true, s.dir.path.string() + "/t.yaml");
    REQUIRE(lint.size() == 1);
    CHECK(
        out[0] ==
        expect(
            R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"URI","version":1,"diagnostics":[
        {"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"severity":1,"source":"reltheme","code":"yaml-syntax",
         "codeDescription":{"href":"https://github.com/reltheme/reltheme/blob/main/docs/rules/yaml-syntax.md"},"message":)" +
                dumped(lint[0].message) + "}]}}",
            s.uri));
    CHECK(s.at("textDocument/completion", 1, 5000000)["result"]["items"].empty());
    CHECK(s.at("textDocument/hover", 1, 5000000)["result"].is_null());
    // Invalid UTF-8 in the text (nlohmann keeps the bytes a client sent).
    Session t;
    const auto bad = t.open("reltheme: 1\nid: \xff\xfe\n");
    REQUIRE(bad.size() == 1);
    CHECK(bad[0]["params"]["diagnostics"].size() == 1);
    CHECK(bad[0]["params"]["diagnostics"][0]["code"] == "yaml-syntax");
    CHECK(bad[0]["params"]["diagnostics"][0]["range"] ==
          expect(R"({"start":{"line":1,"character":4},"end":{"line":1,"character":5}})"));
}
