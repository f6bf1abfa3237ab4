// Every rule's wrong and right example: tests/rules/<id>/bad.yaml carries the
// expected findings inline (`# expect: error[rule-id]@column: message` on the
// line they point at; see expectations() below); good.yaml must be clean. Run
// with every rule, as `lint` does.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>

#include "catalogue/catalogue.h"
#include "check/engine.h"
#include "check/registry.h"
#include "load/project.h"
#include "test_support.h"
#include "util/embedded.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

/// One expected finding per marker, as "line severity[rule]@col: message". The marker's grammar is
/// in docs/architecture.md, "Rules": `# expect: SEVERITY[rule-id]@COLUMN: MESSAGE` at the end of
/// the line the finding points at, the message being the rest of the line, verbatim; a marker on a
/// line of its own points at the nearest line above that is not a comment; a comment line starting
/// `#+ ` continues the message of the marker above it, after one space.
std::multiset<std::string> expectations(const std::string& text,
                                        std::vector<std::string>& malformed) {
    std::vector<std::string> keys;
    std::istringstream in(text);
    std::string line;
    int n = 0;
    int target = 0;  // the last line that is not only a comment
    bool after_marker = false;
    static const std::regex k_marker(R"(^(error|warning|info)\[([a-z0-9-]+)\]@(\d+): (.+)$)");
    while (std::getline(in, line)) {
        ++n;
        const auto first = line.find_first_not_of(" \t");
        const bool comment_only = first != std::string::npos && line[first] == '#';
        if (comment_only && line.compare(first, 3, "#+ ") == 0) {
            if (after_marker) {
                keys.back() += " " + line.substr(first + 3);
            } else {
                malformed.push_back(std::to_string(n) + ": `#+` continues no marker");
            }
            continue;
        }
        after_marker = false;
        if (!comment_only && first != std::string::npos) target = n;
        const auto at = line.find("# expect:");
        if (at == std::string::npos) continue;
        const std::string marker = line.substr(at + 9 + (line.compare(at + 9, 1, " ") == 0));
        std::smatch m;
        if (!std::regex_match(marker, m, k_marker)) {
            malformed.push_back(std::to_string(n) + ": " + marker);
            continue;
        }
        const int points_at = comment_only && at == first ? target : n;
        keys.push_back(std::to_string(points_at) + " " + m[1].str() + "[" + m[2].str() + "]@" +
                       m[3].str() + ": " + m[4].str());
        after_marker = true;
    }
    return {keys.begin(), keys.end()};
}

/// Checks `file` from its own folder, as a user there runs `reltheme lint`, so
/// the paths in messages read as they would on that user's screen.
Findings run(const fs::path& file) {
    const test::InFolder in_folder(file.parent_path());
    CheckOptions options;
    options.lint = true;
    const fs::path config_file = file.parent_path() / "reltheme.yaml";
    if (fs::exists(config_file)) options.config = test::project_config(config_file);
    const InputPath input{file.filename().string(), file.filename(), false};
    return check_inputs({input}, options, disk_reader(1u << 24));
}

std::vector<fs::path> rule_dirs() {
    std::vector<fs::path> dirs;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "tests/rules")) {
        if (e.is_directory()) dirs.push_back(e.path());
    }
    std::sort(dirs.begin(), dirs.end());
    return dirs;
}

}  // namespace

TEST_CASE("every rule's wrong example gives exactly the expected findings") {
    for (const auto& dir : rule_dirs()) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            const std::string name = entry.path().filename().string();
            if (!name.starts_with("bad") || entry.path().extension() != ".yaml") continue;
            CAPTURE(entry.path().string());
            std::vector<std::string> malformed;
            const auto expected = expectations(test::read_text(entry.path()), malformed);
            std::string bad_markers;
            for (const auto& m : malformed) bad_markers += "\n  " + m;
            CHECK_MESSAGE(
                malformed.empty(),
                "markers need `# expect: severity[rule]@column: message`:" << bad_markers);
            CHECK_MESSAGE(!expected.empty(), "no `# expect:` in " << entry.path());
            const Findings findings = run(entry.path());
            std::multiset<std::string> actual;
            for (const auto& d : findings.files.front().diagnostics) {
                actual.insert(std::to_string(d.range.begin.line) + " " + to_string(d.severity) +
                              "[" + d.rule + "]@" + std::to_string(d.range.begin.column) + ": " +
                              d.message);
            }
            auto join = [](const std::multiset<std::string>& items) {
                std::string out;
                for (const auto& i : items) out += i + "\n";
                return out;
            };
            CHECK(join(actual) == join(expected));
            // The rule the folder is named after must be among them.
            const std::string rule = dir.filename().string();
            const bool named =
                std::any_of(expected.begin(), expected.end(), [&](const std::string& e) {
                    return e.find("[" + rule + "]") != std::string::npos;
                });
            CHECK_MESSAGE(named, entry.path() << " does not expect its own rule " << rule);
        }
    }
}

TEST_CASE("every rule's right example is clean") {
    for (const auto& dir : rule_dirs()) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            const std::string name = entry.path().filename().string();
            if (!name.starts_with("good") || entry.path().extension() != ".yaml") continue;
            CAPTURE(entry.path().string());
            const Findings findings = run(entry.path());
            std::vector<std::string> found;
            for (const auto& d : findings.files.front().diagnostics) {
                found.push_back(std::to_string(d.range.begin.line) + ":" + d.rule + ": " +
                                d.message);
            }
            CHECK(found == std::vector<std::string>{});
        }
    }
}

TEST_CASE("every validate and lint rule says which parts of a theme it reads") {
    // A rule that does not say is skipped on a file with any schema error
    // (Rule::needs), hiding its findings until the error is fixed.
    for (const auto& rule : check_rules()) {
        if (rule->group() == RuleGroup::Structure) continue;
        CAPTURE(std::string(rule->id()));
        CHECK(rule->needs() != ThemeParts::all());
    }
}

TEST_CASE("every rule has a documentation page and a wrong and a right example") {
    for (const RuleInfo& rule : rule_catalogue()) {
        const std::string& id = rule.id;
        CAPTURE(id);
        const auto page = embedded_file("docs/rules/" + id + ".md");
        REQUIRE_MESSAGE(page.has_value(), "docs/rules/" << id << ".md is missing");
        CHECK(page->find("# " + id) != std::string_view::npos);
        CHECK(rule.page == *page);
        // Change kinds have tests/diff/ cases; simulation checks, scenarios
        // that sim_checks_test runs.
        if (rule.group == "diff" || rule.group == "simulate") continue;
        const fs::path dir = test::source_dir() / "tests/rules" / id;
        CHECK_MESSAGE(fs::exists(dir / "bad.yaml"), dir << "/bad.yaml is missing");
        CHECK_MESSAGE(fs::exists(dir / "good.yaml"), dir << "/good.yaml is missing");
    }
}

TEST_CASE("rule folders name registered rules") {
    for (const auto& dir : rule_dirs()) {
        CAPTURE(dir.string());
        CHECK(find_check_rule(dir.filename().string()) != nullptr);
    }
}
