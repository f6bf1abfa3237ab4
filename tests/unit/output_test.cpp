#include "report/output.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "report/diff_report.h"
#include "report/report.h"
#include "report/simulation_report.h"
#include "report_support.h"
#include "test_support.h"
#include "util/read_ledger.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

/// A registry of a number, printed in two ways; the options are a prefix.
const OutputRegistry<int, std::string>& number_outputs() {
    static const OutputRegistry<int, std::string> registry({
        {"decimal", [](std::ostream& out, const int& n,
                       const std::string& prefix) { out << prefix << n << "\n"; }},
        {"hex",
         [](std::ostream& out, const int& n, const std::string& prefix) {
             out << prefix << std::hex << n << std::dec << "\n";
         }},
    });
    return registry;
}

}  // namespace

TEST_CASE("each kind of result has its formats, the default first") {
    CHECK(findings_outputs().names() ==
          std::vector<std::string>{"human", "json", "sarif", "github", "junit", "gitlab"});
    CHECK(diff_outputs().names() ==
          std::vector<std::string>{"human", "json", "markdown", "github"});
    CHECK(simulation_outputs().names() == std::vector<std::string>{"human", "json"});
    CHECK(analysis_outputs().names() == std::vector<std::string>{"human", "json"});
    CHECK(diff_outputs().find("sarif") == nullptr);
    CHECK(number_outputs().render("hex", 255, "n=") == "n=ff\n");
    CHECK_FALSE(number_outputs().render("octal", 255, "n="));
}

TEST_CASE("a format a command cannot print is refused with the formats it can") {
    CHECK(unknown_format_message("sarif", "diff", diff_outputs().names()) ==
          "diff does not print \"sarif\" reports; it prints human, json, markdown or github");
    CHECK(unknown_format_message("jsno", "lint", findings_outputs().names()) ==
          "lint does not print \"jsno\" reports; it prints human, json, sarif, github, junit or "
          "gitlab; "
          "did you mean \"json\"?");
    CHECK(unknown_format_message("xml", "analyze", analysis_outputs().names()) ==
          "analyze does not print \"xml\" reports; it prints human or json");
}

TEST_CASE("--output values: FORMAT=FILE with a format of the command, never standard output") {
    const auto& names = diff_outputs().names();
    std::string error;
    const auto file = parse_output_file("markdown=out/comment.md", "diff", names, error);
    REQUIRE(file);
    CHECK(file->format == "markdown");
    CHECK(file->path == fs::path("out/comment.md"));
    CHECK_FALSE(parse_output_file("sarif=x.sarif", "diff", names, error));
    CHECK(error ==
          "diff does not print \"sarif\" reports; it prints human, json, markdown or github");
    for (const char* bad : {"json", "=x.json", "json="}) {
        CHECK_FALSE(parse_output_file(bad, "diff", names, error));
        CHECK(error ==
              std::string("expected FORMAT=FILE, e.g. json=reltheme.json, not \"") + bad + "\"");
    }
    CHECK_FALSE(parse_output_file("json=-", "diff", names, error));
    CHECK(error == "--output writes files; --format chooses standard output");
}

TEST_CASE("the emitter prints standard output and writes every file with its own options") {
    test::TempDir dir;
    std::ostringstream out;
    const std::vector<OutputFile> files = {{"hex", dir.path / "n.hex"},
                                           {"decimal", dir.path / "n.txt"}};
    const auto errors =
        number_outputs().emit(out, "decimal", files, 42, "terminal ", "file ", "count");
    CHECK(errors.empty());
    CHECK(out.str() == "terminal 42\n");
    CHECK(test::read_text(dir.path / "n.hex") == "file 2a\n");
    CHECK(test::read_text(dir.path / "n.txt") == "file 42\n");
}

TEST_CASE("the emitter never replaces an input of the run and still writes the other files") {
    test::TempDir dir;
    const fs::path input = dir.path / "theme.yaml";
    { std::ofstream(input) << "reltheme: 1\n"; }
    record_read(input);
    std::ostringstream out;
    const auto errors = number_outputs().emit(
        out, "hex", {{"decimal", input}, {"octal", dir.path / "n.oct"}, {"hex", dir.path / "n"}},
        16, "", "", "count");
    CHECK(errors == std::vector<std::string>{
                        "refusing to write " + input.string() + ": it is an input of this run",
                        "count does not print \"octal\" reports; it prints decimal or hex"});
    CHECK(out.str() == "10\n");
    CHECK(test::read_text(input) == "reltheme: 1\n");
    CHECK(test::read_text(dir.path / "n") == "10\n");
    CHECK_FALSE(fs::exists(dir.path / "n.oct"));
}
