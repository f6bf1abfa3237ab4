#pragma once
/// The language a run speaks (docs/i18n.md): Russian or English, chosen once
/// at the start of a run from `--lang`, RELTHEME_LANG, the project file's
/// `lang:` and the locale variables, in that order, and read by every message
/// of the catalogue (i18n/messages.h).
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace reltheme {

enum class Lang { En, Ru };

/// "en" or "ru"; nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view code);
/// "en" or "ru".
const char* lang_code(Lang lang);

namespace i18n {

/// Where a language came from, weakest first: a stronger source wins.
enum class LangSource { Default, Locale, Project, Variable, Option };

/// The language the locale variables ask for, read from their text alone (no
/// setlocale, so `LANG=ru_RU.UTF-8` works where that locale is not
/// installed): LANGUAGE first, a list such as `ru:en` whose first entry
/// naming ru or en decides; then the first of LC_ALL, LC_MESSAGES and LANG
/// that is set and not empty: `ru`, `ru_RU.UTF-8`, `ru_UA@...` are Russian,
/// anything else (`C`, `POSIX`, `en_US.UTF-8`, `de_DE`) English. nullopt when
/// none of them is set. `get` reads a variable (nullptr when unset).
std::optional<Lang> locale_lang(const std::function<const char*(const char*)>& get);

/// The language of this process's environment: RELTHEME_LANG (nullopt when
/// unset or empty; `bad` is set to its text when it is neither en nor ru) and
/// the locale variables.
struct EnvironmentLang {
    std::optional<Lang> variable;  ///< RELTHEME_LANG
    std::optional<std::string> bad;
    std::optional<Lang> locale;
};
EnvironmentLang environment_lang(const std::function<const char*(const char*)>& get);

/// The language of the run.
Lang current_lang();
/// Sets the language of the run when `source` is at least as strong as the
/// one that set it last: the project file's `lang:` offered after `--lang`
/// changes nothing. Not meant to be called while checks run in parallel.
void offer_lang(Lang lang, LangSource source);
/// Back to English from no source (tests).
void reset_lang();

/// Sets the language for the life of a scope and puts back the one before
/// (tests).
class ScopedLang {
  public:
    explicit ScopedLang(Lang lang);
    ~ScopedLang();
    ScopedLang(const ScopedLang&) = delete;
    ScopedLang& operator=(const ScopedLang&) = delete;

  private:
    Lang m_lang;
    LangSource m_source;
};

}  // namespace i18n
}  // namespace reltheme
