#include "i18n/lang.h"

#include <atomic>

namespace reltheme {

std::optional<Lang> parse_lang(std::string_view code) {
    if (code == "en") return Lang::En;
    if (code == "ru") return Lang::Ru;
    return std::nullopt;
}

const char* lang_code(Lang lang) {
    return lang == Lang::Ru ? "ru" : "en";
}

namespace i18n {
namespace {

std::atomic<Lang> g_lang{Lang::En};
std::atomic<LangSource> g_source{LangSource::Default};

/// The language part of a locale name: `ru` of `ru_RU.UTF-8`, `ru-RU`,
/// `ru@...`, lower-cased.
std::string language_part(std::string_view locale) {
    std::string out;
    for (const char c : locale) {
        if (c == '_' || c == '-' || c == '.' || c == '@') break;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::string_view value(const std::function<const char*(const char*)>& get, const char* name) {
    const char* v = get(name);
    return v ? std::string_view(v) : std::string_view();
}

}  // namespace

std::optional<Lang> locale_lang(const std::function<const char*(const char*)>& get) {
    // LANGUAGE: a priority list, as gettext reads it; entries naming a
    // language there is no catalogue for are passed over.
    std::string_view list = value(get, "LANGUAGE");
    while (!list.empty()) {
        const auto colon = list.find(':');
        const std::string_view entry = list.substr(0, colon);
        if (const auto lang = parse_lang(language_part(entry))) return lang;
        if (colon == std::string_view::npos) break;
        list.remove_prefix(colon + 1);
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const std::string_view v = value(get, name);
        if (v.empty()) continue;
        return language_part(v) == "ru" ? Lang::Ru : Lang::En;
    }
    return std::nullopt;
}

EnvironmentLang environment_lang(const std::function<const char*(const char*)>& get) {
    EnvironmentLang out;
    if (const std::string_view v = value(get, "RELTHEME_LANG"); !v.empty()) {
        out.variable = parse_lang(v);
        if (!out.variable) out.bad = std::string(v);
    }
    out.locale = locale_lang(get);
    return out;
}

Lang current_lang() {
    return g_lang.load(std::memory_order_relaxed);
}

void offer_lang(Lang lang, LangSource source) {
    if (source < g_source.load()) return;
    g_source.store(source);
    g_lang.store(lang);
}

void reset_lang() {
    g_source.store(LangSource::Default);
    g_lang.store(Lang::En);
}

ScopedLang::ScopedLang(Lang lang) : m_lang(g_lang.load()), m_source(g_source.load()) {
    g_source.store(LangSource::Option);
    g_lang.store(lang);
}

ScopedLang::~ScopedLang() {
    g_source.store(m_source);
    g_lang.store(m_lang);
}

}  // namespace i18n
}  // namespace reltheme
