#include "i18n/messages.h"

#include <string>
#include <unordered_map>

#include "i18n/plural.h"
#include "util/excerpt.h"

namespace reltheme::i18n {

std::span<const Entry> catalogue_en();
std::span<const Entry> catalogue_ru();

namespace {

using Index = std::unordered_map<std::string_view, std::string_view>;

Index make_index(std::span<const Entry> entries) {
    Index index;
    for (const auto& e : entries) index.emplace(e.id, e.text);
    return index;
}

const Index& index_of(Lang lang) {
    static const Index en = make_index(catalogue_en());
    static const Index ru = make_index(catalogue_ru());
    return lang == Lang::Ru ? ru : en;
}

/// The `i`th `|`-separated form of a noun entry (the last one when it has
/// fewer).
std::string_view form(std::string_view forms, std::size_t i) {
    for (; i > 0; --i) {
        const auto bar = forms.find('|');
        if (bar == std::string_view::npos) break;
        forms.remove_prefix(bar + 1);
    }
    return forms.substr(0, forms.find('|'));
}

/// `t` formatted with `args`; as written when it does not format.
std::string format_text(std::string_view t,
                        const fmt::dynamic_format_arg_store<fmt::format_context>& args) {
    try {
        return fmt::vformat(t, args);
    } catch (const fmt::format_error&) {
        return std::string(t);
    }
}

}  // namespace

std::span<const Entry> catalogue(Lang lang) {
    return lang == Lang::Ru ? catalogue_ru() : catalogue_en();
}

std::string_view text(std::string_view id, Lang lang) {
    const Index& index = index_of(lang);
    const auto it = index.find(id);
    return it == index.end() ? id : it->second;
}

std::vector<std::string> parameters(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') continue;
        if (i + 1 < text.size() && text[i + 1] == '{') {
            ++i;  // `{{` is a brace, not a parameter
            continue;
        }
        const auto close = text.find('}', i);
        if (close == std::string_view::npos) break;
        std::string name(text.substr(i + 1, close - i - 1));
        if (const auto colon = name.find(':'); colon != std::string::npos) name.resize(colon);
        bool seen = false;
        for (const auto& n : out) seen = seen || n == name;
        if (!seen) out.push_back(name);
        i = close;
    }
    return out;
}

std::string vformat(std::string_view id, Lang lang,
                    const fmt::dynamic_format_arg_store<fmt::format_context>& args) {
    return format_text(text(id, lang), args);
}

std::string count(long long n, std::string_view noun, Lang lang) {
    const std::string_view forms = text(noun, lang);
    return fmt::format("{} {}", n, form(forms, form_index(plural_form(n, lang), lang)));
}

std::string count(long long n, std::string_view noun) {
    return count(n, noun, current_lang());
}

Subject vsubject(std::string_view id,
                 const fmt::dynamic_format_arg_store<fmt::format_context>& args) {
    const std::string_view forms = text(id, current_lang());
    return Subject{format_text(form(forms, 0), args), format_text(form(forms, 1), args),
                   format_text(form(forms, 2), args)};
}

Subject key_subject(std::string_view key) {
    return subject("subject.key", fmt::arg("key", excerpt(key)));
}

std::string quoted(std::string_view text) {
    return message("quoted", fmt::arg("text", text));
}

namespace {

std::string with_mark(std::string out) {
    const std::string_view mark = text("number.decimal-mark", current_lang());
    if (const auto dot = out.find('.'); dot != std::string::npos) out.replace(dot, 1, mark);
    return out;
}

}  // namespace

std::string decimal(double x, int digits) {
    return with_mark(fmt::format("{:.{}f}", x, digits));
}

std::string decimal_g(double x) {
    return with_mark(fmt::format("{}", x));
}

std::string weekday_short(int day) {
    static constexpr std::string_view k_ids[] = {
        "weekday-short.monday",   "weekday-short.tuesday", "weekday-short.wednesday",
        "weekday-short.thursday", "weekday-short.friday",  "weekday-short.saturday",
        "weekday-short.sunday"};
    return message(k_ids[day]);
}

std::string did_you_mean(const std::optional<std::string>& suggestion) {
    if (!suggestion) return {};
    return message("did-you-mean", fmt::arg("suggestion", excerpt(*suggestion)));
}

}  // namespace reltheme::i18n
