#pragma once
/// Paths as URI references and back: SARIF names files by URI, and the
/// language server's client names documents by `file://` URIs.
#include <optional>
#include <string>
#include <string_view>

namespace reltheme {

/// A path as a URI reference: RFC 3986 percent-encoding of everything but
/// unreserved characters and `/`; absolute paths become `file://` URIs.
std::string path_to_uri(std::string_view path);

/// The path of a `file:` URI (`file:///a%20b.yaml`, `file://localhost/x`),
/// percent-decoded; nullopt for another scheme, a remote host, a `%` not
/// followed by two hex digits, or a decoded NUL byte.
std::optional<std::string> uri_to_path(std::string_view uri);

}  // namespace reltheme
