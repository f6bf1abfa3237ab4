#include "util/uri.h"

#include <doctest/doctest.h>

using namespace reltheme;

TEST_CASE("paths become URI references") {
    CHECK(path_to_uri("themes/standard.yaml") == "themes/standard.yaml");
    CHECK(path_to_uri("темы/a b.yaml") == "%D1%82%D0%B5%D0%BC%D1%8B/a%20b.yaml");
    CHECK(path_to_uri("/abs/x#1.yaml") == "file:///abs/x%231.yaml");
}

TEST_CASE("file URIs become paths, and back") {
    CHECK(uri_to_path("file:///abs/x%231.yaml") == "/abs/x#1.yaml");
    CHECK(uri_to_path("file:///%D1%82%D0%B5%D0%BC%D1%8B/a%20b.yaml") == "/темы/a b.yaml");
    CHECK(uri_to_path("file://localhost/etc/x.yaml") == "/etc/x.yaml");
    // Lower-case hex digits, as some clients write them.
    CHECK(uri_to_path("file:///a%c3%a9.yaml") == "/aé.yaml");
    CHECK(uri_to_path("file:///a.yaml?x=1#top") == "/a.yaml");
    CHECK(path_to_uri(*uri_to_path("file:///%D1%82/a%20b.yaml")) == "file:///%D1%82/a%20b.yaml");
}

TEST_CASE("URIs that name no local file") {
    CHECK(uri_to_path("untitled:Untitled-1") == std::nullopt);
    CHECK(uri_to_path("file://server/share/a.yaml") == std::nullopt);
    CHECK(uri_to_path("file:///a%2") == std::nullopt);
    CHECK(uri_to_path("file:///a%zz") == std::nullopt);
    CHECK(uri_to_path("file:///a%00b") == std::nullopt);
    CHECK(uri_to_path("file:") == std::nullopt);
}
