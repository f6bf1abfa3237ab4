#pragma once
/// The words a handbook is written in: Russian or English labels, durations in
/// words with Russian plural forms («1 день», «3 рабочих дня», «5 дней»),
/// percentages, and the plain-language names of a theme's enum values.
#include <string>
#include <string_view>

#include "i18n/lang.h"
#include "i18n/plural.h"
#include "model/theme.h"
#include "util/duration.h"

namespace reltheme::render {

/// The language a theme is written in: Russian when its name, description or
/// a stage name holds a Cyrillic letter, else English.
Lang detect_lang(const Theme& theme);

/// A duration in words: «3 рабочих дня», «1 неделя»; "3 business days".
std::string duration_words(const Duration& d, Lang lang);

/// A probability in [0, 1] as a percentage: "40%", «12,5%» (Russian decimal comma).
std::string percent(double p, Lang lang);

/// A count with its noun in the right form: «5 этапов», "1 stage".
std::string count_words(long long n, std::string_view en_one, std::string_view en_many,
                        std::string_view ru_one, std::string_view ru_few, std::string_view ru_many,
                        Lang lang);

const char* type_name(ThemeType t, Lang lang);
const char* field_type_name(FieldType t, Lang lang);
const char* document_kind_name(DocumentKind k, Lang lang);
const char* role_name(StageRole r, Lang lang);
const char* result_name(OutcomeResult r, Lang lang);
/// An outcome's `result`; an audit outcome without one is a result of its own.
const char* result_name(const std::optional<Located<OutcomeResult>>& r, Lang lang);

/// "role:head-of-sales" -> «роль head-of-sales»; "manager" -> the manager's head.
std::string approver_words(std::string_view approver, Lang lang);

/// Every fixed phrase of the handbook, keyed by an English identifier.
/// Returns the phrase in `lang`; an unknown key returns the key itself.
const char* tr(std::string_view key, Lang lang);

}  // namespace reltheme::render
