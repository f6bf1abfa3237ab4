// The message catalogue (i18n/messages.h): every id has a text in each
// language, the texts of an id take the same parameters, nouns have their
// languages' forms, and every id the sources name is in it.
#include "i18n/messages.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "catalogue/catalogue.h"
#include "i18n/plural.h"
#include "test_support.h"

using namespace reltheme;
using namespace reltheme::i18n;

namespace {

constexpr Lang k_langs[] = {Lang::En, Lang::Ru};

std::map<std::string, std::string> entries_of(Lang lang) {
    std::map<std::string, std::string> out;
    for (const auto& e : catalogue(lang)) {
        CHECK_MESSAGE(out.emplace(std::string(e.id), std::string(e.text)).second,
                      lang_code(lang) << " has \"" << e.id << "\" twice");
    }
    return out;
}

std::set<std::string> sorted(const std::vector<std::string>& names) {
    return {names.begin(), names.end()};
}

std::size_t forms_of(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '|')) + 1;
}

}  // namespace

TEST_CASE("every message id has a text in both languages, with the same parameters") {
    const auto en = entries_of(Lang::En);
    const auto ru = entries_of(Lang::Ru);
    for (const auto& [id, text] : en) {
        CAPTURE(id);
        CHECK_MESSAGE(ru.count(id) == 1, "\"" << id << "\" has no Russian text");
        CHECK_FALSE(text.empty());
    }
    for (const auto& [id, text] : ru) {
        CAPTURE(id);
        // A rule's summary has its English in the rule's own code (the test
        // of summaries below).
        if (id.starts_with("rule-summary.") || id.starts_with("sim-summary.")) continue;
        CHECK_MESSAGE(en.count(id) == 1, "\"" << id << "\" has no English text");
        CHECK_FALSE(text.empty());
        if (en.count(id) == 0) continue;
        CHECK_MESSAGE(sorted(parameters(en.at(id))) == sorted(parameters(text)),
                      "\"" << id << "\" takes other parameters in Russian than in English");
    }
}

TEST_CASE("nouns have the forms of their language, and other texts format") {
    for (const Lang lang : k_langs) {
        for (const auto& e : catalogue(lang)) {
            const std::string id(e.id);
            const std::string text(e.text);
            CAPTURE(id);
            const std::string code = lang_code(lang);
            CAPTURE(code);
            if (id.starts_with("noun.")) {
                CHECK(forms_of(text) == plural_forms(lang));
                CHECK(parameters(text).empty());
                continue;
            }
            if (id.starts_with("subject.")) {
                // Nominative, genitive, prepositional; or one form for all.
                const std::size_t forms = forms_of(text);
                CHECK((forms == 3 || (forms == 1 && lang == Lang::En)));
            } else {
                CHECK(text.find('|') == std::string::npos);
            }
            // Every parameter given (a number, which any format spec of
            // the catalogue takes): the text formats (no stray brace).
            fmt::dynamic_format_arg_store<fmt::format_context> args;
            const auto names = parameters(text);
            for (const auto& name : names) args.push_back(fmt::arg(name.c_str(), 1.5));
            CHECK_NOTHROW((void)fmt::vformat(text, args));
        }
    }
}

TEST_CASE("every message id the sources name is in the catalogue") {
    const auto en = entries_of(Lang::En);
    // i18n::message("id", ...), i18n::subject("id", ...), and nouns and
    // subjects: "noun.x", "subject.x" wherever they are written.
    const std::regex call(R"re(\b(?:message|subject)\(\s*"([a-z0-9.-]+)")re");
    const std::regex noun(R"re("((?:noun|subject)\.[a-z0-9.-]+)")re");
    std::set<std::string> named;
    for (const char* dir : {"lib", "cli"}) {
        for (const auto& entry :
             std::filesystem::recursive_directory_iterator(test::source_dir() / dir)) {
            const auto ext = entry.path().extension();
            if (ext != ".cpp" && ext != ".h") continue;
            if (entry.path().parent_path().filename() == "i18n") continue;
            const std::string text = test::read_text(entry.path());
            for (const auto* re : {&call, &noun}) {
                for (std::sregex_iterator it(text.begin(), text.end(), *re), end; it != end; ++it) {
                    const std::string id = (*it)[1];
                    named.insert(id);
                    CHECK_MESSAGE(en.count(id) == 1, entry.path().string()
                                                         << " names \"" << id
                                                         << "\", which the catalogue lacks");
                }
            }
        }
    }
    CHECK(named.count("summary") == 1);
    CHECK(named.count("noun.error") == 1);
}

TEST_CASE("a message is written in the run's language with its named arguments") {
    {
        ScopedLang lang(Lang::En);
        CHECK(did_you_mean(std::string("proposal")) == "; did you mean \"proposal\"?");
        CHECK(did_you_mean(std::nullopt).empty());
        CHECK(message("summary", fmt::arg("errors", "E"), fmt::arg("warnings", "W"),
                      fmt::arg("infos", ""), fmt::arg("files", "F")) == "E, W in F");
    }
    {
        ScopedLang lang(Lang::Ru);
        CHECK(did_you_mean(std::string("proposal")) == "; возможно, имелся в виду «proposal»?");
        CHECK(message("summary", fmt::arg("errors", "E"), fmt::arg("warnings", "W"),
                      fmt::arg("infos", ""), fmt::arg("files", "F")) == "E, W в F");
    }
    // A text missing an argument comes back as written; an unknown id as itself.
    CHECK(message("summary") == "{errors}, {warnings}{infos} in {files}");
    CHECK(message("no-such-message") == "no-such-message");
    CHECK(parameters("a {b} {c:>3} {{d}} {b}") == std::vector<std::string>{"b", "c"});
}

TEST_CASE("a subject takes the case its sentence needs") {
    {
        ScopedLang lang(Lang::Ru);
        const Subject stage = subject("subject.stage");
        CHECK(stage.nominative == "этап");
        CHECK(stage.genitive == "этапа");
        CHECK(stage.prepositional == "этапе");
        const Subject key = key_subject("next");
        CHECK(key.nominative == "значение «next»");
        CHECK(key.prepositional == "«next»");
        CHECK(subject("subject.step-of", fmt::arg("step", "move")).prepositional == "шаге «move»");
    }
    ScopedLang lang(Lang::En);
    const Subject step = subject("subject.step-of", fmt::arg("step", "move"));
    CHECK(step.nominative == "a \"move\" step");
    CHECK(step.prepositional == "a \"move\" step");
    CHECK(key_subject("next").genitive == "\"next\"");
}

TEST_CASE("every rule, change kind and violation has its summary and page in Russian") {
    const auto ru = entries_of(Lang::Ru);
    std::set<std::string> summaries;
    for (const auto& [id, text] : ru) {
        if (id.starts_with("rule-summary.") || id.starts_with("sim-summary.")) summaries.insert(id);
    }
    const std::vector<RuleInfo> english = rule_catalogue();
    ScopedLang lang(Lang::Ru);
    const std::vector<RuleInfo>& russian = rule_catalogue();
    REQUIRE(russian.size() == english.size());
    for (std::size_t i = 0; i < russian.size(); ++i) {
        const RuleInfo& r = russian[i];
        CAPTURE(r.id);
        const std::string key = (r.group == "simulate" ? "sim-summary." : "rule-summary.") + r.id;
        CHECK_MESSAGE(summaries.erase(key) == 1, key << " is missing");
        CHECK(r.id == english[i].id);
        CHECK(r.summary != english[i].summary);
        // The Russian twin of the page, with the same examples.
        CHECK(r.page != english[i].page);
        CHECK(r.page.starts_with("# " + r.id + "\n"));
    }
    CHECK_MESSAGE(summaries.empty(), "summaries of no rule: " << summaries.size());
    CHECK(find_in_catalogue("dead-end")->summary ==
          "с этапа не дойти ни до одного финального этапа (цикл-ловушка)");
    CHECK(find_in_catalogue("unknown-placeholder")->summary ==
          "тег {{…}} в шаблоне, теме письма или инструкции не называет никакой подстановки");
}
