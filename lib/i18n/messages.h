#pragma once
/// The message catalogue: every human-readable message has an id, one text per
/// language with fmt's named parameters (`stage "{stage}" does not exist`),
/// and is written in the run's language (i18n/lang.h). The texts live in one
/// file per language (`en.cpp`, `ru.cpp`); a third language is a third file,
/// its `Lang` value and its code. Nouns that follow a count are entries too,
/// their forms separated by `|` (`error|errors`, `ошибка|ошибки|ошибок`,
/// i18n/plural.h), written with `count`.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/args.h>
#include <fmt/format.h>

#include "i18n/lang.h"

namespace reltheme::i18n {

/// One text of a catalogue.
struct Entry {
    std::string_view id;
    std::string_view text;
};

/// Every entry of `lang`'s catalogue, in the order of its file.
std::span<const Entry> catalogue(Lang lang);

/// The text of `id` in `lang`; the id itself when the catalogue has none (the
/// unit test of the catalogue makes sure every id the sources name has one).
std::string_view text(std::string_view id, Lang lang);

/// The names of the parameters a text takes, in order of first use: `stage`
/// and `suggestion` of `stage "{stage}" does not exist{suggestion}`.
std::vector<std::string> parameters(std::string_view text);

/// Formats `id`'s text in `lang` with its named arguments; a text that does
/// not format (a parameter not given) comes back as written.
std::string vformat(std::string_view id, Lang lang,
                    const fmt::dynamic_format_arg_store<fmt::format_context>& args);

/// The message `id` in the run's language, with named arguments:
/// `message("unknown-stage", fmt::arg("stage", id), fmt::arg("suggestion", s))`.
template <class... Args>
std::string message(std::string_view id, const Args&... args) {
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    (store.push_back(args), ...);
    return vformat(id, current_lang(), store);
}

/// A count and its noun `noun` (an entry of forms) in the right form, in
/// `lang`: `count(5, "noun.error")` is «5 ошибок» in Russian.
std::string count(long long n, std::string_view noun, Lang lang);
/// The same in the run's language.
std::string count(long long n, std::string_view noun);

/// What a finding is about, in the case its sentence needs: "a stage" in
/// English whatever the sentence; «этап», «этапа», «этапе» in Russian
/// (`a stage must be a mapping`, «этап записывается словарём»; `unknown key
/// "x" in a stage`, «неизвестный ключ «x» в этапе»).
struct Subject {
    std::string nominative;
    std::string genitive;
    std::string prepositional;
};

/// The subject `id` in the run's language: a `subject.` entry whose
/// nominative, genitive and prepositional forms are separated by `|` (one form
/// serves all three), each formatted with the same arguments.
Subject vsubject(std::string_view id,
                 const fmt::dynamic_format_arg_store<fmt::format_context>& args);
template <class... Args>
Subject subject(std::string_view id, const Args&... args) {
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    (store.push_back(args), ...);
    return vsubject(id, store);
}

/// The value of a key as a subject: `"next"`; «значение «next»», «в «next»».
Subject key_subject(std::string_view key);

/// `text` in the run's language's quotation marks: `"new"`, «new». The text
/// is shown whole; a caller that shows what a user wrote cuts it first
/// (util/excerpt.h).
std::string quoted(std::string_view text);

/// `x` with `digits` decimals and the language's decimal mark: "9.44",
/// «9,44».
std::string decimal(double x, int digits);
/// `x` in its shortest form ("12", "1.5"; «1,5»), as `{}` prints it.
std::string decimal_g(double x);

/// The short name of a weekday, 0 for Monday to 6 for Sunday: "Mon", «пн».
std::string weekday_short(int day);

/// `; did you mean "x"?` (`; возможно, имелся в виду «x»?`), or nothing; the
/// suggestion is shown as excerpt() cuts it.
std::string did_you_mean(const std::optional<std::string>& suggestion);

}  // namespace reltheme::i18n
