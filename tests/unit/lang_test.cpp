#include "i18n/lang.h"

#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>

using namespace reltheme;
using namespace reltheme::i18n;

namespace {

/// The locale language of an environment holding exactly `vars`.
std::optional<Lang> locale_of(const std::map<std::string, std::string>& vars) {
    return locale_lang([&](const char* name) -> const char* {
        const auto it = vars.find(name);
        return it == vars.end() ? nullptr : it->second.c_str();
    });
}

EnvironmentLang environment_of(const std::map<std::string, std::string>& vars) {
    return environment_lang([&](const char* name) -> const char* {
        const auto it = vars.find(name);
        return it == vars.end() ? nullptr : it->second.c_str();
    });
}

}  // namespace

TEST_CASE("the locale variables choose the language by their text") {
    struct Row {
        std::map<std::string, std::string> vars;
        std::optional<Lang> lang;
    };
    const Row rows[] = {
        {{}, std::nullopt},
        // A Russian locale that is not installed is Russian all the same.
        {{{"LANG", "ru_RU.UTF-8"}}, Lang::Ru},
        {{{"LANG", "ru_RU"}}, Lang::Ru},
        {{{"LANG", "ru"}}, Lang::Ru},
        {{{"LANG", "ru_UA.KOI8-U"}}, Lang::Ru},
        {{{"LANG", "ru-RU"}}, Lang::Ru},
        {{{"LANG", "RU_RU.UTF-8"}}, Lang::Ru},
        {{{"LANG", "en_US.UTF-8"}}, Lang::En},
        {{{"LANG", "de_DE.UTF-8"}}, Lang::En},
        {{{"LANG", "C.UTF-8"}}, Lang::En},
        {{{"LANG", "rus"}}, Lang::En},
        {{{"LANG", ""}}, std::nullopt},
        // LC_ALL, then LC_MESSAGES, then LANG: the first one set decides.
        {{{"LC_ALL", "C"}, {"LANG", "ru_RU.UTF-8"}}, Lang::En},
        {{{"LC_ALL", "POSIX"}, {"LC_MESSAGES", "ru_RU.UTF-8"}}, Lang::En},
        {{{"LC_ALL", ""}, {"LANG", "ru_RU.UTF-8"}}, Lang::Ru},
        {{{"LC_MESSAGES", "ru_RU.UTF-8"}, {"LANG", "en_US.UTF-8"}}, Lang::Ru},
        {{{"LC_MESSAGES", "en_GB.UTF-8"}, {"LANG", "ru_RU.UTF-8"}}, Lang::En},
        {{{"LC_ALL", "ru_RU.UTF-8"}, {"LC_MESSAGES", "en_US.UTF-8"}}, Lang::Ru},
        // LANGUAGE first: a list whose first entry with a catalogue decides.
        {{{"LANGUAGE", "ru:en"}}, Lang::Ru},
        {{{"LANGUAGE", "en:ru"}, {"LANG", "ru_RU.UTF-8"}}, Lang::En},
        {{{"LANGUAGE", "ru"}, {"LC_ALL", "C"}}, Lang::Ru},
        {{{"LANGUAGE", "de:ru_RU"}}, Lang::Ru},
        {{{"LANGUAGE", "de:fr"}, {"LANG", "ru_RU.UTF-8"}}, Lang::Ru},
        {{{"LANGUAGE", "de"}}, std::nullopt},
        {{{"LANGUAGE", ""}, {"LANG", "en_US.UTF-8"}}, Lang::En},
        {{{"LANGUAGE", "::ru"}}, Lang::Ru},
    };
    for (const auto& row : rows) {
        std::string text;
        for (const auto& [k, v] : row.vars) text += k + "=" + v + " ";
        CAPTURE(text);
        CHECK(locale_of(row.vars) == row.lang);
    }
}

TEST_CASE("RELTHEME_LANG pins the language, and a value that is none is told") {
    auto env = environment_of({{"RELTHEME_LANG", "ru"}, {"LANG", "en_US.UTF-8"}});
    CHECK(env.variable == Lang::Ru);
    CHECK(env.locale == Lang::En);
    CHECK_FALSE(env.bad);

    env = environment_of({{"RELTHEME_LANG", ""}, {"LANG", "ru_RU.UTF-8"}});
    CHECK_FALSE(env.variable);
    CHECK_FALSE(env.bad);
    CHECK(env.locale == Lang::Ru);

    env = environment_of({{"RELTHEME_LANG", "russian"}});
    CHECK_FALSE(env.variable);
    CHECK(env.bad == std::string("russian"));
}

TEST_CASE("a stronger source of the language wins, whatever the order it comes in") {
    reset_lang();
    CHECK(current_lang() == Lang::En);
    offer_lang(Lang::Ru, LangSource::Locale);
    CHECK(current_lang() == Lang::Ru);
    offer_lang(Lang::En, LangSource::Option);
    CHECK(current_lang() == Lang::En);
    // The project file is read after --lang: it changes nothing then.
    offer_lang(Lang::Ru, LangSource::Project);
    CHECK(current_lang() == Lang::En);
    reset_lang();
    offer_lang(Lang::Ru, LangSource::Locale);
    offer_lang(Lang::En, LangSource::Project);
    CHECK(current_lang() == Lang::En);
    offer_lang(Lang::Ru, LangSource::Variable);
    CHECK(current_lang() == Lang::Ru);
    {
        ScopedLang scoped(Lang::En);
        CHECK(current_lang() == Lang::En);
    }
    CHECK(current_lang() == Lang::Ru);
    reset_lang();
}

TEST_CASE("language codes") {
    CHECK(parse_lang("ru") == Lang::Ru);
    CHECK(parse_lang("en") == Lang::En);
    CHECK_FALSE(parse_lang("RU"));
    CHECK_FALSE(parse_lang(""));
    CHECK(std::string(lang_code(Lang::Ru)) == "ru");
    CHECK(std::string(lang_code(Lang::En)) == "en");
}
