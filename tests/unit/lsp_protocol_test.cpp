// The language server's protocol layer (lsp/jsonrpc.h, lsp/document.h):
// framing, malformed input, the document store and positions in each
// encoding. Whole messages are compared.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "lsp/document.h"
#include "lsp/jsonrpc.h"

using namespace reltheme::lsp;

namespace {

std::string frame(const std::string& body) {
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

/// Every read of `input` until its end: each message, or each error to send.
std::vector<Json> read_all(const std::string& input, std::size_t max = k_max_message_bytes) {
    std::istringstream in(input);
    MessageReader reader(in, max);
    std::vector<Json> out;
    while (true) {
        Incoming m = reader.read();
        if (m.kind == Incoming::Kind::End) break;
        out.push_back(m.kind == Incoming::Kind::Message ? m.message : Json{{"sent", m.error}});
    }
    return out;
}

Json parse(const std::string& text) {
    return Json::parse(text);
}

}  // namespace

TEST_CASE("framed messages are read one by one, whatever their headers") {
    const std::string input =
        frame(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})") +
        // Another header, names in any case, lines ended by LF alone.
        "content-length: 40\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n"
        R"({"jsonrpc":"2.0","method":"initialized"})" +
        // A response from the client, and a string id.
        frame(R"({"jsonrpc":"2.0","id":"a","result":null})");
    CHECK(read_all(input) ==
          std::vector<Json>{parse(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})"),
                            parse(R"({"jsonrpc":"2.0","method":"initialized"})"),
                            parse(R"({"jsonrpc":"2.0","id":"a","result":null})")});
}

TEST_CASE("a message is written with its length in bytes") {
    std::ostringstream out;
    write_message(out, response(7, Json{{"name", "Этап"}}));
    CHECK(
        out.str() ==
        "Content-Length: 53\r\n\r\n{\"id\":7,\"jsonrpc\":\"2.0\",\"result\":{\"name\":\"Этап\"}}");
    // Invalid UTF-8 in a string is no failure: U+FFFD stands for it.
    std::ostringstream bad;
    write_message(bad, notification("x", Json{{"t", std::string("a\xff")}}));
    CHECK(bad.str() ==
          "Content-Length: "
          "52\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"t\":\"a\xEF\xBF\xBD\"}}");
}

TEST_CASE("bodies that are no JSON-RPC message get the error response to send") {
    const std::string input =
        frame("{not json") + frame("[1,2]") + frame(R"({"id":3,"method":"x"})") +
        frame(R"({"jsonrpc":"2.0","id":4,"method":7})") +
        frame(R"({"jsonrpc":"2.0","id":{"a":1},"method":"x"})") +
        frame(R"({"jsonrpc":"2.0","id":5})") +
        frame(R"({"jsonrpc":"2.0","id":6,"method":"x","params":3})") +
        frame("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"t\":\"\xff\"}}");
    CHECK(
        read_all(input) ==
        std::vector<Json>{
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"the message body is not valid JSON"}}})"),
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"a message must be a JSON object"}}})"),
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":3,"error":{"code":-32600,"message":"\"jsonrpc\" must be \"2.0\""}}})"),
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":4,"error":{"code":-32600,"message":"\"method\" must be a string"}}})"),
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"\"id\" must be an integer or a string"}}})"),
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":5,"error":{"code":-32600,"message":"a message needs a \"method\", or an \"id\" and a \"result\" or \"error\""}}})"),
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":6,"error":{"code":-32600,"message":"\"params\" must be an object or an array"}}})"),
            // Invalid UTF-8 is no JSON.
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"the message body is not valid JSON"}}})"),
        });
}

TEST_CASE("malformed headers are answered or dropped, and the framing is found again") {
    const std::string ok = R"({"jsonrpc":"2.0","method":"initialized"})";
    // No Content-Length; a length that is no number; then a body without a
    // line break that runs into the next header.
    const std::string input = "Content-Type: x\r\n\r\n" + frame(ok) +
                              "Content-Length: 1e3\r\n\r\n" + "garbage without a break" + frame(ok);
    CHECK(
        read_all(input) ==
        std::vector<Json>{
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"a message header without Content-Length"}}})"),
            parse(ok),
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"the Content-Length header is not a number of bytes"}}})"),
            parse(ok),
        });
}

TEST_CASE("a message over the size limit is skipped unread, and the next one is read") {
    const std::string ok = R"({"jsonrpc":"2.0","method":"initialized"})";
    const std::string big =
        R"({"jsonrpc":"2.0","method":"x","params":{"t":")" + std::string(200, 'a') + "\"}}";
    CHECK(
        read_all(frame(big) + frame(ok), 100) ==
        std::vector<Json>{
            parse(
                R"({"sent":{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"a message of 248 bytes is over the limit of 100 bytes"}}})"),
            parse(ok)});
}

TEST_CASE("input cut short ends the stream, never waits or fails") {
    CHECK(read_all("Content-Length: 100\r\n\r\n{\"jsonrpc\"").empty());
    CHECK(read_all("Content-Length: 10").empty());
    CHECK(read_all("").empty());
    CHECK(read_all(std::string(20000, 'x')).empty());
    CHECK(
        read_all("Content-Length: 99999999999999999999\r\n\r\n{}") ==
        std::vector<Json>{parse(
            R"({"sent":{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"the Content-Length header is not a number of bytes"}}})")});
}

TEST_CASE("the encoding is the client's best offer") {
    CHECK(choose_encoding(Json()) == PositionEncoding::Utf16);
    CHECK(choose_encoding(parse(R"(["utf-16"])")) == PositionEncoding::Utf16);
    CHECK(choose_encoding(parse(R"(["utf-32","utf-16"])")) == PositionEncoding::Utf32);
    CHECK(choose_encoding(parse(R"(["utf-16","utf-32","utf-8"])")) == PositionEncoding::Utf8);
    CHECK(choose_encoding(parse(R"(["latin-1"])")) == PositionEncoding::Utf16);
    CHECK(choose_encoding(parse(R"("utf-8")")) == PositionEncoding::Utf16);
}

TEST_CASE("positions count Cyrillic letters and emoji in each encoding") {
    // "Этап 🚀 x": Э т а п are 2 bytes each, the rocket 4 bytes and a
    // surrogate pair in UTF-16.
    const TextDocument doc("u", 1, "a\nЭтап 🚀 x\r\nlast");
    const std::size_t x = 2 + 8 + 1 + 4 + 1;  // the offset of "x"
    CHECK(doc.position_of(x, PositionEncoding::Utf8) == TextPosition{1, 14});
    CHECK(doc.position_of(x, PositionEncoding::Utf16) == TextPosition{1, 8});
    CHECK(doc.position_of(x, PositionEncoding::Utf32) == TextPosition{1, 7});
    CHECK(doc.offset_of({1, 14}, PositionEncoding::Utf8) == x);
    CHECK(doc.offset_of({1, 8}, PositionEncoding::Utf16) == x);
    CHECK(doc.offset_of({1, 7}, PositionEncoding::Utf32) == x);
    // Half a surrogate pair, or a byte inside a letter: that character's start.
    CHECK(doc.offset_of({1, 6}, PositionEncoding::Utf16) == 2 + 8 + 1);
    CHECK(doc.offset_of({1, 3}, PositionEncoding::Utf8) == 2 + 2);
    CHECK(doc.position_of(2 + 8 + 2, PositionEncoding::Utf16) == TextPosition{1, 5});
    // Past the end of a line: its end, before CRLF; past the last line: the end.
    CHECK(doc.offset_of({1, 99}, PositionEncoding::Utf16) == x + 1);
    CHECK(doc.offset_of({0, 5}, PositionEncoding::Utf16) == 1);
    CHECK(doc.offset_of({9, 0}, PositionEncoding::Utf16) == doc.text().size());
    CHECK(doc.position_of(x + 2, PositionEncoding::Utf16) == TextPosition{1, 9});  // in CRLF
    CHECK(doc.position_of(999, PositionEncoding::Utf16) == TextPosition{2, 4});
    CHECK(doc.line(1) == "Этап 🚀 x");
    CHECK(doc.line(7).empty());
}

TEST_CASE("invalid UTF-8 counts one unit a byte, and lone CRs break lines") {
    const TextDocument doc("u", 1,
                           "a\xff\xfe"
                           "b\rc");
    CHECK(doc.position_of(3, PositionEncoding::Utf16) == TextPosition{0, 3});
    CHECK(doc.offset_of({0, 2}, PositionEncoding::Utf8) == 2);
    CHECK(doc.offset_of({1, 1}, PositionEncoding::Utf32) == 6);
    CHECK(doc.line_count() == 2);
}

TEST_CASE("documents open, change in full and by ranges in the encoding, and close") {
    DocumentStore store;
    store.open("file:///t.yaml", 1, "name: Этап 🚀\nnext: [a]\n");
    // After the rocket (a surrogate pair in UTF-16), then the "a" replaced.
    CHECK(store.change("file:///t.yaml", 2, parse(R"([
        {"range":{"start":{"line":0,"character":13},"end":{"character":13,"line":0}},"text":"!"},
        {"range":{"start":{"line":1,"character":7},"end":{"line":1,"character":8}},"text":"бета"}
    ])"),
                       PositionEncoding::Utf16));
    CHECK(store.find("file:///t.yaml")->text() == "name: Этап 🚀!\nnext: [бета]\n");
    CHECK(store.find("file:///t.yaml")->version() == 2);
    // The same edit in UTF-8 counts bytes.
    CHECK(store.change("file:///t.yaml", 3, parse(R"([
        {"range":{"start":{"line":1,"character":7},"end":{"line":1,"character":15}},"text":"b"}
    ])"),
                       PositionEncoding::Utf8));
    CHECK(store.find("file:///t.yaml")->text() == "name: Этап 🚀!\nnext: [b]\n");
    // A whole text; a range past the end appends.
    CHECK(store.change(
        "file:///t.yaml", 4,
        parse(
            R"([{"text":"x"},{"range":{"start":{"line":5,"character":0},"end":{"line":9,"character":3}},"text":"y"}])"),
        PositionEncoding::Utf16));
    CHECK(store.find("file:///t.yaml")->text() == "xy");
    // A malformed change leaves the document as it was, version included.
    for (
        const char* bad :
        {R"([{"text":"z"},{"range":{"start":{"line":-1,"character":0},"end":{"line":0,"character":0}},"text":"q"}])",
         R"([{"range":{"start":{"line":0}},"text":"q"}])", R"([{"text":1}])", R"({"text":"q"})",
         R"([3])"}) {
        CAPTURE(bad);
        CHECK_FALSE(store.change("file:///t.yaml", 5, parse(bad), PositionEncoding::Utf16));
        CHECK(store.find("file:///t.yaml")->text() == "xy");
        CHECK(store.find("file:///t.yaml")->version() == 4);
    }
    CHECK_FALSE(
        store.change("file:///other.yaml", 1, parse(R"([{"text":"q"}])"), PositionEncoding::Utf16));
    store.close("file:///t.yaml");
    CHECK(store.find("file:///t.yaml") == nullptr);
}
