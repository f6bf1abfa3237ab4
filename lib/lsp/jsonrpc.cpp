#include "lsp/jsonrpc.h"

#include <algorithm>
#include <cctype>
#include <istream>
#include <ostream>

#include <fmt/format.h>

namespace reltheme::lsp {
namespace {

/// A header line longer than this is no header: the rest of it is skipped.
constexpr std::size_t k_max_header_line = 8192;

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

/// Where `Content-Length:` starts in a line, in any letter case: at 0 for a
/// header, further on when a body without a line break ran into the next
/// header (the framing is then found again).
std::size_t find_content_length(std::string_view line) {
    constexpr std::string_view key = "content-length:";
    for (std::size_t i = 0; i + key.size() <= line.size(); ++i) {
        if (iequals(line.substr(i, key.size()), key)) return i;
    }
    return std::string_view::npos;
}

/// The value of a `Content-Length` header: decimal digits only, at most 19.
std::optional<std::size_t> parse_length(std::string_view value) {
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    if (value.empty() || value.size() > 18) return std::nullopt;
    std::size_t n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
}

bool valid_id(const Json& id) {
    return id.is_string() || id.is_number_integer() || id.is_number_unsigned();
}

Incoming invalid(const Json& id, ErrorCode code, const std::string& message) {
    Incoming in;
    in.kind = Incoming::Kind::Invalid;
    in.error = error_response(id, code, message);
    return in;
}

/// Checks the shape of a parsed body.
Incoming classify(Json body) {
    if (!body.is_object()) {
        return invalid(nullptr, ErrorCode::InvalidRequest, "a message must be a JSON object");
    }
    const auto id = body.find("id");
    const Json usable_id = id != body.end() && valid_id(*id) ? *id : Json(nullptr);
    const auto version = body.find("jsonrpc");
    if (version == body.end() || *version != "2.0") {
        return invalid(usable_id, ErrorCode::InvalidRequest, "\"jsonrpc\" must be \"2.0\"");
    }
    if (id != body.end() && !valid_id(*id) && !id->is_null()) {
        return invalid(nullptr, ErrorCode::InvalidRequest, "\"id\" must be an integer or a string");
    }
    const auto method = body.find("method");
    if (method != body.end()) {
        if (!method->is_string()) {
            return invalid(usable_id, ErrorCode::InvalidRequest, "\"method\" must be a string");
        }
        if (const auto params = body.find("params");
            params != body.end() && !params->is_object() && !params->is_array()) {
            return invalid(usable_id, ErrorCode::InvalidRequest,
                           "\"params\" must be an object or an array");
        }
        if (id != body.end() && id->is_null()) {
            return invalid(nullptr, ErrorCode::InvalidRequest,
                           "a request's \"id\" may not be null");
        }
    } else if (id == body.end() || (!body.contains("result") && !body.contains("error"))) {
        return invalid(usable_id, ErrorCode::InvalidRequest,
                       "a message needs a \"method\", or an \"id\" and a \"result\" or \"error\"");
    }
    Incoming in;
    in.kind = Incoming::Kind::Message;
    in.message = std::move(body);
    return in;
}

}  // namespace

std::optional<std::string> MessageReader::header_line() {
    std::string line;
    bool too_long = false;
    while (true) {
        const int c = m_in.get();
        if (c == std::char_traits<char>::eof()) {
            if (line.empty() && !too_long) return std::nullopt;
            break;
        }
        if (c == '\n') break;
        if (line.size() < k_max_header_line) {
            line.push_back(static_cast<char>(c));
        } else {
            too_long = true;
        }
    }
    if (too_long) return std::string("?");  // no header, and not the empty line
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

Incoming MessageReader::read() {
    while (true) {
        std::optional<std::size_t> length;
        bool any = false;      // a line of the block was read
        bool garbled = false;  // a Content-Length that did not parse
        while (true) {
            auto line = header_line();
            if (!line) return {};
            if (line->empty()) {
                if (any) break;
                continue;  // blank lines between messages
            }
            any = true;
            const std::size_t at = find_content_length(*line);
            if (at == std::string::npos) continue;  // Content-Type, or no header
            if (auto n = parse_length(std::string_view(*line).substr(at + 15))) {
                length = n;
                garbled = false;
            } else {
                garbled = true;
            }
        }
        if (!length || garbled) {
            return invalid(nullptr, ErrorCode::ParseError,
                           garbled ? "the Content-Length header is not a number of bytes"
                                   : "a message header without Content-Length");
        }
        if (*length > m_max_bytes) {
            // Skipped unread, so a huge message costs no memory.
            std::size_t left = *length;
            char buffer[65536];
            while (left > 0) {
                const auto n = static_cast<std::streamsize>(std::min(left, sizeof buffer));
                m_in.read(buffer, n);
                if (m_in.gcount() < n) return {};
                left -= static_cast<std::size_t>(n);
            }
            return invalid(nullptr, ErrorCode::InvalidRequest,
                           fmt::format("a message of {} bytes is over the limit of {} bytes",
                                       *length, m_max_bytes));
        }
        std::string body(*length, '\0');
        m_in.read(body.data(), static_cast<std::streamsize>(*length));
        if (static_cast<std::size_t>(m_in.gcount()) < *length) return {};
        Json parsed = Json::parse(body, nullptr, false);
        if (parsed.is_discarded()) {
            return invalid(nullptr, ErrorCode::ParseError, "the message body is not valid JSON");
        }
        return classify(std::move(parsed));
    }
}

std::string dump(const Json& value) {
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void write_message(std::ostream& out, const Json& message) {
    const std::string body = dump(message);
    out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out.flush();
}

Json response(const Json& id, Json result) {
    return Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

Json error_response(const Json& id, ErrorCode code, const std::string& message) {
    return Json{{"jsonrpc", "2.0"},
                {"id", id},
                {"error", {{"code", static_cast<int>(code)}, {"message", message}}}};
}

Json notification(const std::string& method, Json params) {
    return Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

bool is_request(const Json& message) {
    return message.contains("method") && message.contains("id");
}

bool is_notification(const Json& message) {
    return message.contains("method") && !message.contains("id");
}

bool is_response(const Json& message) {
    return !message.contains("method") && message.contains("id");
}

}  // namespace reltheme::lsp
