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
