// Every rule's wrong and right example: tests/rules/<id>/bad.yaml carries the
// expected findings inline (`# expect: error[rule-id]@column` on the line they
// point at); good.yaml must be clean. Run with every rule, as `lint` does.
#include <doctest/doctest.h>

#include <fstream>
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

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// "line severity[rule]" (and "@col" when the expectation names a column).
std::multiset<std::string> expectations(const std::string& text, std::set<int>& with_column) {
    std::multiset<std::string> out;
    std::istringstream in(text);
    std::string line;
    int n = 0;
    static const std::regex k_marker(R"(expect:((\s*(error|warning|info)\[[a-z0-9-]+\](@\d+)?)+))");
    static const std::regex k_item(R"((error|warning|info)\[([a-z0-9-]+)\](@(\d+))?)");
    while (std::getline(in, line)) {
        ++n;
        std::smatch m;
        if (!std::regex_search(line, m, k_marker)) continue;
        const std::string items = m[1];
        for (std::sregex_iterator it(items.begin(), items.end(), k_item), end; it != end; ++it) {
            std::string key = std::to_string(n) + " " + (*it)[1].str() + "[" + (*it)[2].str() + "]";
            if ((*it)[4].matched) {
                key += "@" + (*it)[4].str();
                with_column.insert(n);
            }
            out.insert(key);
        }
    }
    return out;
}

Findings run(const fs::path& file) {
    CheckOptions options;
    options.lint = true;
    const fs::path config_file = file.parent_path() / "reltheme.yaml";
    if (fs::exists(config_file)) options.config = test::project_config(config_file);
    const InputPath input{file.string(), file, false};
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
            std::set<int> with_column;
            const auto expected = expectations(read(entry.path()), with_column);
            CHECK_MESSAGE(!expected.empty(), "no `# expect:` in " << entry.path());
            const Findings findings = run(entry.path());
            std::multiset<std::string> actual;
            for (const auto& d : findings.files.front().diagnostics) {
                std::string key = std::to_string(d.range.begin.line) + " " + to_string(d.severity) +
                                  "[" + d.rule + "]";
                if (with_column.count(d.range.begin.line))
                    key += "@" + std::to_string(d.range.begin.column);
                actual.insert(key);
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
