#pragma once
/// JSON-RPC 2.0 over a byte stream with `Content-Length` framing, as the
/// Language Server Protocol sends it (docs/lsp.md): reading one message at a
/// time from any std::istream, writing to any std::ostream, and the shapes of
/// requests, notifications, responses and errors.
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace reltheme::lsp {

using Json = nlohmann::json;

/// The error codes of JSON-RPC 2.0 and those LSP 3.17 adds.
enum class ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    ServerNotInitialized = -32002,
    RequestCancelled = -32800,
};

/// The largest message body read (`Content-Length`); a larger one is skipped
/// unread and answered with InvalidRequest. A theme file is limited to 2 MiB
/// (docs/limits.md), and a didOpen carrying ten times that still fits.
inline constexpr std::size_t k_max_message_bytes = 64u << 20;

/// What one read from the stream gave.
struct Incoming {
    enum class Kind {
        Message,  ///< `message` holds a well-formed object of JSON-RPC 2.0
        Invalid,  ///< not a message: `error` is the response to send back
        End,      ///< the stream ended (a message cut short ends it too)
    };
    Kind kind = Kind::End;
    Json message;
    Json error;
};

/// Reads framed messages. A header block without a usable `Content-Length`
/// is dropped (there is no way to know where its body ends; the next header
/// block is looked for); a body that is not JSON, or JSON that is not a
/// JSON-RPC 2.0 message, gives the error response to send.
class MessageReader {
  public:
    explicit MessageReader(std::istream& in, std::size_t max_bytes = k_max_message_bytes)
        : m_in(in), m_max_bytes(max_bytes) {}
    Incoming read();

  private:
    /// One header line without its line break; nullopt at the end of input.
    std::optional<std::string> header_line();

    std::istream& m_in;
    std::size_t m_max_bytes;
};

/// Writes one message with its `Content-Length` header and flushes. Invalid
/// UTF-8 in a string is written as U+FFFD rather than failing.
void write_message(std::ostream& out, const Json& message);

/// The text of a message body as written (compact, invalid UTF-8 replaced).
std::string dump(const Json& value);

/// `{"jsonrpc":"2.0","id":id,"result":result}`.
Json response(const Json& id, Json result);
/// `{"jsonrpc":"2.0","id":id,"error":{"code":code,"message":message}}`.
Json error_response(const Json& id, ErrorCode code, const std::string& message);
/// `{"jsonrpc":"2.0","method":method,"params":params}`.
Json notification(const std::string& method, Json params);

/// What a well-formed message is: a request has an id and a method, a
/// notification a method and no id, a response an id and no method.
bool is_request(const Json& message);
bool is_notification(const Json& message);
bool is_response(const Json& message);

}  // namespace reltheme::lsp
