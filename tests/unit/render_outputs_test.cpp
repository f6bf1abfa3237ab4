#include "render/outputs.h"

#include <filesystem>
#include <sstream>

#include <doctest/doctest.h>

#include "render_fixture.h"

using namespace reltheme;
using namespace reltheme::render;
namespace fs = std::filesystem;

namespace {

RenderTheme render_theme_of(const std::string& text, const std::string& display) {
    return {InputPath{display, display, false}, test::load_theme_text(text)};
}

std::string with_id(const std::string& id) {
    std::string text = test::k_small_theme;
    const std::string from = "id: small";
    text.replace(text.find(from), from.size(), "id: " + id);
    return text;
}

}  // namespace

TEST_CASE("render_site: a page per theme and an index; a theme named index moves aside") {
    const std::vector<RenderTheme> themes = {render_theme_of(with_id("index"), "a.yaml"),
                                             render_theme_of(with_id("small"), "b.yaml")};
    RenderLog log;
    std::vector<RenderedFile> files;
    REQUIRE(render_site(themes, Format::Markdown, "en", "site", log, files));
    CHECK(log.messages.empty());
    REQUIRE(files.size() == 3);
    CHECK(files[0].path == fs::path("site/theme-index.md"));
    CHECK(files[1].path == fs::path("site/small.md"));
    CHECK(files[2].path == fs::path("site/index.md"));
    CHECK(files[2].content.find("(theme-index.md)") != std::string::npos);
    CHECK(files[2].content.find("(small.md)") != std::string::npos);
}

TEST_CASE("render_site: graphs get no index") {
    const std::vector<RenderTheme> themes = {render_theme_of(test::k_small_theme, "a.yaml")};
    RenderLog log;
    std::vector<RenderedFile> files;
    REQUIRE(render_site(themes, Format::Mermaid, "", "out", log, files));
    REQUIRE(files.size() == 1);
    CHECK(files[0].path == fs::path("out/small.mmd"));
}

TEST_CASE("choose_format: --to, then the extension; another extension is an error") {
    RenderLog log;
    auto by_to = choose_format("dot", "graph.svg", log);
    REQUIRE(by_to);
    CHECK(by_to->format == Format::Dot);
    auto by_extension = choose_format("", "page.htm", log);
    REQUIRE(by_extension);
    CHECK(by_extension->format == Format::Html);
    auto none = choose_format("", "handbook", log);
    REQUIRE(none);
    CHECK_FALSE(none->format);
    auto folder = choose_format("", "site/", log);
    REQUIRE(folder);
    CHECK(folder->output_is_folder);
    CHECK(log.messages.empty());
    CHECK_FALSE(choose_format("", "out.pdf", log));
    REQUIRE(log.messages.size() == 1);
    CHECK(log.messages[0] ==
          "error: cannot tell the format of out.pdf from its extension: render writes " +
              extension_list() + "; use one of those or give --to");
}

TEST_CASE("render_single: into a folder under the page name") {
    const RenderTheme theme = render_theme_of(test::k_small_theme, "a.yaml");
    RenderLog log;
    const auto file = render_single(theme, {Format::Dot, true}, "", "out", log);
    REQUIRE(file);
    CHECK(file->path == fs::path("out/small.dot"));
    CHECK(file->content.find("\ndigraph \"small\" {\n") != std::string::npos);
}

TEST_CASE("render_preview: an unknown document is an error with a did-you-mean") {
    const RenderTheme theme = render_theme_of(test::k_small_theme, "small.yaml");
    RenderLog log;
    PreviewRequest request;
    request.document = "offer";
    CHECK_FALSE(render_preview(request, theme, std::nullopt, log));
    REQUIRE(log.messages.size() == 1);
    CHECK(log.messages[0] == "error: small.yaml has no document \"offer\"");
}

TEST_CASE("write_outputs: a file the run read is never replaced") {
    const fs::path dir = fs::temp_directory_path() / "reltheme-render-outputs-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path read = dir / "theme.yaml";
    { std::ofstream(read) << "kept"; }
    RenderLog log;
    log.read(read);
    std::ostringstream out;
    CHECK_FALSE(write_outputs({{read, "replaced"}}, {}, log, out));
    REQUIRE(log.messages.size() == 1);
    CHECK(log.messages[0] == "error: refusing to write " + read.generic_string() +
                                 ": it is an input of this run (" + read.generic_string() + ")");
    CHECK(test::read_text(read) == "kept");

    RenderLog fresh;
    const auto written = write_outputs({{dir / "site" / "a.md", "page"}, {{}, "to stdout"}},
                                       dir / "site", fresh, out);
    REQUIRE(written);
    CHECK(*written == 1);
    CHECK(out.str() == "to stdout");
    CHECK(test::read_text(dir / "site" / "a.md") == "page");
    fs::remove_all(dir);
}
