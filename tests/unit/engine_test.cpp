// check_inputs over several files: what is kept of each file's text.
#include "check/engine.h"

#include <doctest/doctest.h>

#include <map>

using namespace reltheme;

namespace {

const char* k_theme = R"(reltheme: 1
id: same
name: Same
type: service
description: d
instruction: i
)";

/// A reader over texts in memory that counts how often each file is read.
struct MemoryFiles {
    std::map<std::string, std::string> texts;
    std::map<std::string, int> reads;

    FileReader reader() {
        return [this](const InputPath& input, std::string&) -> std::optional<std::string> {
            ++reads[input.display];
            return texts.at(input.display);
        };
    }
};

}  // namespace

TEST_CASE("files without findings keep no text; a finding across files brings it back") {
    MemoryFiles files;
    files.texts = {
        {"a.yaml", k_theme},
        {"b.yaml", k_theme},
        {"c.yaml",
         "reltheme: 1\nid: other\nname: O\ntype: service\ndescription: d\ninstruction: i\n"}};
    CheckOptions options;
    options.jobs = 1;  // the reader counts without a lock
    const CheckResult r = check_inputs(
        {{"a.yaml", "a.yaml", false}, {"b.yaml", "b.yaml", false}, {"c.yaml", "c.yaml", false}},
        options, files.reader());
    REQUIRE(r.files.size() == 3);
    // a and b share the theme id: duplicate-id on the later one, across files.
    int duplicate = 0;
    for (const auto& f : r.files) {
        for (const auto& d : f.diagnostics) {
            if (d.rule != "duplicate-id") continue;
            ++duplicate;
            // The code frame needs the text: it was let go after the file's own
            // checks found nothing, and read again for this finding.
            CHECK(f.source.text() == k_theme);
            CHECK(files.reads[f.path] == 2);
        }
    }
    CHECK(duplicate >= 1);
    // c has nothing to show: its text is not kept, and it was read once.
    CHECK(r.files[2].diagnostics.empty());
    CHECK(r.files[2].source.text().empty());
    CHECK(files.reads["c.yaml"] == 1);
}

TEST_CASE("with keep_themes, checking hands back each file's theme, read once") {
    MemoryFiles files;
    files.texts = {
        {"a.yaml", "\xEF\xBB\xBF" + std::string(k_theme)},
        {"b.yaml", "reltheme-scenario: 1\ntheme: a.yaml\n"},
        {"c.yaml", "reltheme: 1\nid: [broken\n"},
    };
    CheckOptions options;
    options.keep_themes = true;
    std::vector<CheckedTheme> themes;
    const Findings f = check_inputs(
        {{"a.yaml", "a.yaml", false}, {"b.yaml", "b.yaml", false}, {"c.yaml", "c.yaml", false}},
        options, files.reader(), &themes);
    REQUIRE(themes.size() == 3);
    REQUIRE(themes[0].theme);
    CHECK(themes[0].complete);
    CHECK(themes[0].theme->id.value == "same");
    CHECK(themes[0].theme->name.value == "Same");
    CHECK(themes[0].source.path() == "a.yaml");
    CHECK(themes[0].source.text() == k_theme);  // BOM removed, the text kept whole
    CHECK_FALSE(themes[1].theme);               // a scenario beside the themes is not one
    CHECK_FALSE(themes[2].theme);               // a YAML error: nothing to hand on
    CHECK(files.reads == std::map<std::string, int>{{"a.yaml", 1}, {"b.yaml", 1}, {"c.yaml", 1}});
    CHECK(f.errors == 1);
}
