// The Russian rule pages, docs/rules/ru/<id>.md (what `explain --lang ru`
// prints): one for every page of docs/rules/, with the same heading, the same
// severity and group, the same sections and the same examples. Only the prose
// and the YAML comments are Russian; the examples are the English page's,
// byte for byte once comments and trailing spaces are set aside.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <sstream>

#include "catalogue/catalogue.h"
#include "test_support.h"
#include "util/embedded.h"

namespace fs = std::filesystem;
using namespace reltheme;

namespace {

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> out;
    std::istringstream in{std::string(text)};
    std::string line;
    while (std::getline(in, line)) out.push_back(line);
    return out;
}

/// The fenced code blocks of a page, each with its info string ("yaml", or
/// empty for a report) as its first line.
std::vector<std::string> code_blocks(std::string_view page) {
    std::vector<std::string> out;
    bool inside = false;
    for (const auto& line : lines_of(page)) {
        if (line.starts_with("```")) {
            if (!inside) out.push_back(line.substr(3) + "\n");
            inside = !inside;
        } else if (inside) {
            out.back() += line + "\n";
        }
    }
    REQUIRE_MESSAGE(!inside, "a code block is never closed");
    return out;
}

/// A code block without its `#` comments and trailing spaces. A comment starts
/// at a `#` that begins the line or follows a space or tab, outside quotes;
/// so `{{#fields.x}}` and `"a # b"` stay.
std::string without_comments(const std::string& block) {
    std::string out;
    for (const auto& line : lines_of(block)) {
        char quote = 0;
        std::size_t end = line.size();
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            const char before = i == 0 ? ' ' : line[i - 1];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if ((c == '"' || c == '\'') &&
                       std::string_view(" \t[{,:").find(before) != std::string_view::npos) {
                quote = c;
            } else if (c == '#' && (before == ' ' || before == '\t')) {
                end = i;
                break;
            }
        }
        std::string kept = line.substr(0, end);
        kept.erase(kept.find_last_not_of(" \t") + 1);
        out += kept + "\n";
    }
    return out;
}

/// The page's first line in bold: its severity and group.
std::string level_line(std::string_view page) {
    for (const auto& line : lines_of(page))
        if (line.starts_with("**")) return line;
    return "";
}

/// What the Russian level line must say, from the English one: the severity
/// (and whether it depends on something, in brackets), the group unchanged,
/// and for a change kind whether it breaks open deals. A simulation check says
/// how it is reported: a violation or a warning.
void check_level_line(const std::string& en, const std::string& ru) {
    static const std::map<std::string, std::string> k_words = {
        {"error", "ошибка"},    {"warning", "предупреждение"},
        {"info", "информация"}, {"violation", "нарушение"},
        {"yes", "да"},          {"no", "нет"},
        {"depends", "зависит"}};
    static const std::regex k_default(
        R"(^\*\*Default severity:\*\* (error|warning|info)( \(.*\))? · \*\*Group:\*\* ([a-z]+)( · \*\*Breaking:\*\* (yes|no|depends))?$)");
    static const std::regex k_reported(
        R"(^\*\*Reported as:\*\* (violation|warning)\b.* · \*\*Group:\*\* (simulate)$)");
    std::smatch m;
    if (std::regex_match(en, m, k_default)) {
        std::string want = "**Уровень по умолчанию:** " + k_words.at(m[1]);
        CHECK_MESSAGE(ru.starts_with(want + (m[2].matched ? " (" : " · ")),
                      "the level line should start \"" << want << "\"");
        const std::string group = " · **Группа:** " + m[3].str();
        if (m[4].matched) {
            CHECK(ru.ends_with(group + " · **Ломает совместимость:** " + k_words.at(m[5])));
        } else {
            CHECK(ru.ends_with(group));
        }
    } else if (std::regex_match(en, m, k_reported)) {
        CHECK(ru.starts_with("**"));
        CHECK_MESSAGE(ru.find(k_words.at(m[1])) != std::string::npos,
                      "the level line should say " << k_words.at(m[1]));
        CHECK(ru.ends_with(" · **Группа:** simulate"));
    } else {
        FAIL("the English level line has an unknown form: " << en);
    }
}

/// The `## ` headings of a page.
std::vector<std::string> sections(std::string_view page) {
    std::vector<std::string> out;
    bool inside = false;
    for (const auto& line : lines_of(page)) {
        if (line.starts_with("```")) inside = !inside;
        if (!inside && line.starts_with("## ")) out.push_back(line);
    }
    return out;
}

}  // namespace

TEST_CASE("the comparison of examples sets aside comments and trailing spaces only") {
    CHECK(without_comments("a: 1   # one\n# line\nb: \"x # y\"  \n") == "a: 1\n\nb: \"x # y\"\n");
    CHECK(without_comments("i: Отправьте {{#fields.d}}.   # секция\n") ==
          "i: Отправьте {{#fields.d}}.\n");
    CHECK(without_comments("next: [a, b]\n") != without_comments("next: [a]\n"));
    CHECK(code_blocks("x\n```yaml\na: 1\n```\n\n```\nreport\n```\n") ==
          std::vector<std::string>{"yaml\na: 1\n", "\nreport\n"});
}

TEST_CASE("every rule page has a Russian twin with the same examples") {
    for (const RuleInfo& rule : rule_catalogue()) {
        const std::string& id = rule.id;
        CAPTURE(id);
        const std::string path = "docs/rules/ru/" + id + ".md";
        const auto ru = embedded_file(path);
        if (!ru) {
            FAIL_CHECK(path << " is missing");
            continue;
        }
        REQUIRE(!rule.page.empty());
        CHECK(ru->starts_with("# " + id + "\n"));
        check_level_line(level_line(rule.page), level_line(*ru));
        CHECK(sections(*ru).size() == sections(rule.page).size());
        const auto en_blocks = code_blocks(rule.page), ru_blocks = code_blocks(*ru);
        CHECK(ru_blocks.size() == en_blocks.size());
        for (std::size_t i = 0; i < std::min(en_blocks.size(), ru_blocks.size()); ++i) {
            CAPTURE(i);
            CHECK(without_comments(ru_blocks[i]) == without_comments(en_blocks[i]));
        }
    }
}

TEST_CASE("every Russian rule page has an English twin") {
    for (const auto& [path, text] : embedded::embedded_files()) {
        if (!path.starts_with("docs/rules/ru/")) continue;
        CAPTURE(std::string(path));
        const std::string id(path.substr(14, path.size() - 14 - 3));
        CHECK(path.ends_with(".md"));
        CHECK(embedded_file("docs/rules/" + id + ".md").has_value());
    }
}

TEST_CASE("the links of the Russian rule pages lead to files of the repository") {
    static const std::regex k_link(R"(\]\(([^)#:]+)(#[^)]*)?\))");
    const fs::path dir = test::source_dir() / "docs/rules/ru";
    for (const auto& [path, text] : embedded::embedded_files()) {
        if (!path.starts_with("docs/rules/ru/")) continue;
        CAPTURE(std::string(path));
        const std::string page(text);
        for (std::sregex_iterator it(page.begin(), page.end(), k_link), end; it != end; ++it) {
            CAPTURE((*it)[1].str());
            CHECK(fs::exists(dir / (*it)[1].str()));
        }
    }
}
