#include "render/language.h"

#include <array>
#include <cmath>
#include <string>

#include <fmt/format.h>

namespace reltheme::render {
namespace {

/// True when the text holds a letter of the Cyrillic block (U+0400–U+04FF).
bool has_cyrillic(std::string_view s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 == 0xD0 || b0 == 0xD1 || b0 == 0xD2 || b0 == 0xD3) return true;
    }
    return false;
}

/// A word or phrase in each language.
struct Words {
    const char* en;
    const char* ru;
};

/// The words of an enum's value, from a table in the enum's order that
/// ends with `Last`.
template <auto Last, std::size_t N>
const char* word_of(decltype(Last) value, const std::array<Words, N>& words, Lang lang) {
    static_assert(N == static_cast<std::size_t>(Last) + 1, "one entry per value of the enum");
    const auto i = static_cast<std::size_t>(value);
    if (i >= N) return "";
    return lang == Lang::Ru ? words[i].ru : words[i].en;
}

struct Phrase {
    std::string_view key;
    const char* en;
    const char* ru;
};

// clang-format off
constexpr std::array k_phrases{
    Phrase{"relationship theme", "relationship theme", "тема отношений"},
    Phrase{"Relationship themes", "Relationship themes", "Темы отношений"},
    Phrase{"All themes", "All themes", "Все темы"},
    Phrase{"Theme file", "Theme file", "Файл темы"},
    Phrase{"Type", "Type", "Тип"},
    Phrase{"Id", "Id", "Идентификатор"},
    Phrase{"Maximum deal duration", "Maximum deal duration", "Максимальный срок сделки"},
    Phrase{"Sales script", "Sales script", "Скрипт продаж"},
    Phrase{"Script", "Script", "Скрипт"},
    Phrase{"Stage graph", "Stage graph", "Схема этапов"},
    Phrase{"graph legend",
           "A deal starts at the first stage, on the left. A double border marks a final stage, a "
           "dashed arrow leads back to an earlier stage, and a percentage on an arrow is the chance "
           "of that transition.",
           "Сделка начинается с первого этапа, слева. Двойная рамка — финальный этап, пунктирная "
           "стрелка — возврат к более раннему этапу, процент на стрелке — вероятность перехода."},
    Phrase{"graph unavailable", "The stage graph could not be laid out:",
           "Схему этапов не удалось построить:"},
    Phrase{"Stages", "Stages", "Этапы"},
    Phrase{"Deadline", "Deadline", "Срок"},
    Phrase{"no deadline", "no deadline", "не ограничен"},
    Phrase{"Chance to win", "Chance to win", "Вероятность успеха"},
    Phrase{"Role", "Role", "Роль"},
    Phrase{"Fill before entering", "Fill before entering", "Заполнить до перехода на этап"},
    Phrase{"Documents", "Documents", "Документы"},
    Phrase{"Next", "Next", "Дальше"},
    Phrase{"back", "back", "возврат"},
    Phrase{"final stage", "final stage: the deal ends here", "финальный этап: здесь сделка завершается"},
    Phrase{"final stage closes",
           "final stage: entering it closes the deal as won",
           "финальный этап: переход на него закрывает сделку как выигранную"},
    Phrase{"final stage closes lost",
           "final stage: entering it closes the deal as lost",
           "финальный этап: переход на него закрывает сделку как проигранную"},
    Phrase{"final stage lost",
           "final stage: the deal ends here as lost, with a failure outcome",
           "финальный этап: здесь сделка завершается как проигранная, с итогом-неудачей"},
    Phrase{"final stage no win",
           "final stage: a deal here is not paid at a payment stage, so it cannot close as won",
           "финальный этап: сделка здесь не оплачена на этапе оплаты и не может закрыться как "
           "выигранная"},
    Phrase{"payment stage closes",
           "paying all the deal's invoices at this stage closes it as won",
           "оплата всех счетов сделки на этом этапе закрывает её как выигранную"},
    Phrase{"Outcomes", "Outcomes", "Итоги"},
    Phrase{"outcomes intro sales",
           "An outcome is recorded when a deal ends. Refusal reasons show why deals fall through; "
           "where a comment is required, the outcome cannot be saved without one.",
           "Итог записывают, когда сделка завершается. Причины отказа показывают, почему срываются "
           "сделки; где комментарий обязателен, без него итог не сохранить."},
    Phrase{"outcomes intro audit",
           "An outcome is recorded after each call. Where a comment is required, the outcome "
           "cannot be saved without one.",
           "Итог записывают после каждого звонка. Где комментарий обязателен, без него итог не "
           "сохранить."},
    Phrase{"Outcome", "Outcome", "Итог"},
    Phrase{"Result", "Result", "Результат"},
    Phrase{"Comment", "Comment", "Комментарий"},
    Phrase{"required", "required", "обязателен"},
    Phrase{"optional", "optional", "по желанию"},
    Phrase{"built in", "built in", "встроенный"},
    Phrase{"Won", "Won", "Выиграна"},
    Phrase{"Lost", "Lost", "Проиграна"},
    Phrase{"Yes", "Yes", "Да"},
    Phrase{"No", "No", "Нет"},
    Phrase{"Extra fields", "Extra fields", "Дополнительные поля"},
    Phrase{"fields intro",
           "Fields a manager fills in on the deal card, besides the standard ones.",
           "Поля, которые менеджер заполняет в карточке сделки помимо стандартных."},
    Phrase{"Field", "Field", "Поле"},
    Phrase{"Values", "Values", "Значения"},
    Phrase{"Needed for stage", "Needed for stage", "Нужно для этапа"},
    Phrase{"Document", "Document", "Документ"},
    Phrase{"Kind", "Kind", "Вид"},
    Phrase{"Email to the client", "Email to the client", "Письмо клиенту"},
    Phrase{"documents intro",
           "Print forms and online documents prepared from the deal; an email template sends "
           "them to the client without writing the letter by hand.",
           "Печатные формы и онлайн-документы, которые готовятся из сделки; шаблон письма "
           "отправляет их клиенту без ручного составления письма."},
    Phrase{"Parameters", "Parameters", "Параметры"},
    Phrase{"default", "default", "по умолчанию"},
    Phrase{"concurrent true",
           "A client may have several open deals in this theme at once.",
           "С одним клиентом можно одновременно вести несколько сделок по этой теме."},
    Phrase{"concurrent false",
           "A client may have only one open deal in this theme at a time.",
           "С одним клиентом одновременно ведётся не больше одной сделки по этой теме."},
    Phrase{"planning required",
           "You cannot record the result of a call or meeting until the next one is planned.",
           "Нельзя записать результат звонка или встречи, пока не запланирован следующий."},
    Phrase{"planning recommended",
           "When you record the result of a call or meeting, plan the next one: the CRM warns "
           "when nothing is planned.",
           "Записав результат звонка или встречи, запланируйте следующий: если ничего не "
           "запланировано, CRM предупредит."},
    Phrase{"planning off",
           "Planning the next call or meeting is up to the manager.",
           "Планировать следующий звонок или встречу не обязательно."},
    Phrase{"close on-outcome",
           "A deal closes when the manager records its outcome.",
           "Сделка закрывается, когда менеджер записывает итог."},
    Phrase{"close on-final-stage",
           "A deal closes as soon as it reaches a final stage: as won, or as lost where the stage "
           "ends as failure.",
           "Сделка закрывается, как только переходит на финальный этап: как выигранная или, если "
           "этап означает неудачу, как проигранная."},
    Phrase{"close on-payment",
           "A deal closes as won as soon as all its invoices are paid while it is at a payment "
           "stage; payment at another stage does not close it.",
           "Сделка закрывается как выигранная, как только оплачены все её счета, пока она на этапе "
           "оплаты; оплата на другом этапе её не закрывает."},
    Phrase{"activities cancel",
           "When a deal closes, its planned calls and meetings are cancelled.",
           "После закрытия сделки запланированные звонки и встречи отменяются."},
    Phrase{"activities keep",
           "When a deal closes, its planned calls and meetings stay planned.",
           "После закрытия сделки запланированные звонки и встречи остаются в плане."},
    Phrase{"invoices cancel",
           "When a deal closes, its unpaid invoices are cancelled.",
           "После закрытия сделки неоплаченные счета аннулируются."},
    Phrase{"invoices keep",
           "When a deal closes, its unpaid invoices stay open for payment.",
           "После закрытия сделки неоплаченные счета остаются к оплате."},
    Phrase{"Deal deadline", "Deal deadline", "Срок сделки"},
    Phrase{"max duration", "A deal must be finished within {}.", "Сделку нужно завершить за {}."},
    Phrase{"no max duration", "The theme sets no maximum deal duration.",
           "Максимальный срок сделки не задан."},
    Phrase{"approval required",
           "A deal's deadline can be changed only with approval. Approvers:",
           "Изменить срок сделки можно только по согласованию. Согласующие:"},
    Phrase{"approval required nobody",
           "A deal's deadline can be changed only with approval, but no approvers are named.",
           "Изменить срок сделки можно только по согласованию, но согласующие не указаны."},
    Phrase{"approval none",
           "The manager changes a deal's deadline without approval.",
           "Менеджер меняет срок сделки сам, без согласования."},
    Phrase{"Instruction", "Instruction", "Инструкция"},
    Phrase{"Document preview", "Document preview", "Предпросмотр документа"},
    Phrase{"Theme", "Theme", "Тема"},
    Phrase{"Stage", "Stage", "Этап"},
    Phrase{"Deal data", "Deal data", "Данные сделки"},
    Phrase{"Subject", "Subject", "Тема письма"},
    Phrase{"no template", "The document has no template.", "У документа нет шаблона."},
};
// clang-format on

}  // namespace

Lang detect_lang(const Theme& theme) {
    if (has_cyrillic(theme.name.value)) return Lang::Ru;
    if (theme.description && has_cyrillic(theme.description->value)) return Lang::Ru;
    for (const auto& s : theme.stages) {
        if (has_cyrillic(s.name.value)) return Lang::Ru;
    }
    return Lang::En;
}

std::string count_words(long long n, std::string_view en_one, std::string_view en_many,
                        std::string_view ru_one, std::string_view ru_few, std::string_view ru_many,
                        Lang lang) {
    if (lang == Lang::En) return fmt::format("{} {}", n, n == 1 ? en_one : en_many);
    switch (plural_form(n, Lang::Ru)) {
        case PluralForm::One:
            return fmt::format("{} {}", n, ru_one);
        case PluralForm::Few:
            return fmt::format("{} {}", n, ru_few);
        case PluralForm::Many:
            break;
    }
    return fmt::format("{} {}", n, ru_many);
}

std::string duration_words(const Duration& d, Lang lang) {
    const long long n = d.amount;
    switch (d.unit) {
        case DurationUnit::Minutes:
            return count_words(n, "minute", "minutes", "минута", "минуты", "минут", lang);
        case DurationUnit::Hours:
            return count_words(n, "hour", "hours", "час", "часа", "часов", lang);
        case DurationUnit::Days:
            return count_words(n, "day", "days", "день", "дня", "дней", lang);
        case DurationUnit::BusinessDays:
            return count_words(n, "business day", "business days", "рабочий день", "рабочих дня",
                               "рабочих дней", lang);
        case DurationUnit::Weeks:
            return count_words(n, "week", "weeks", "неделя", "недели", "недель", lang);
    }
    return d.to_string();
}

std::string percent(double p, Lang lang) {
    // Whole percents print without decimals; otherwise up to two, trailing zeros cut.
    const double value = p * 100.0;
    std::string text;
    if (std::fabs(value - std::round(value)) < 1e-9) {
        text = fmt::format("{}", static_cast<long long>(std::llround(value)));
    } else {
        text = fmt::format("{:.2f}", value);
        while (!text.empty() && text.back() == '0') text.pop_back();
        if (!text.empty() && text.back() == '.') text.pop_back();
        if (lang == Lang::Ru) {
            for (auto& c : text) {
                if (c == '.') c = ',';
            }
        }
    }
    return text + "%";
}

const char* type_name(ThemeType t, Lang lang) {
    static constexpr std::array<Words, 3> k_words{
        {{"Sales", "Продажи"}, {"Audit", "Аудит"}, {"Service", "Обслуживание"}}};
    return word_of<ThemeType::Service>(t, k_words, lang);
}

const char* field_type_name(FieldType t, Lang lang) {
    static constexpr std::array<Words, 7> k_words{{{"text", "текст"},
                                                   {"number", "число"},
                                                   {"money", "сумма"},
                                                   {"date", "дата"},
                                                   {"yes/no", "да/нет"},
                                                   {"list", "список"},
                                                   {"employee", "сотрудник"}}};
    return word_of<FieldType::User>(t, k_words, lang);
}

const char* document_kind_name(DocumentKind k, Lang lang) {
    static constexpr std::array<Words, 2> k_words{
        {{"print form", "печатная форма"}, {"online document", "онлайн-документ"}}};
    return word_of<DocumentKind::Online>(k, k_words, lang);
}

const char* role_name(StageRole r, Lang lang) {
    static constexpr std::array<Words, 2> k_words{
        {{"payment", "оплата"}, {"shipment", "отгрузка"}}};
    return word_of<StageRole::Shipment>(r, k_words, lang);
}

const char* result_name(OutcomeResult r, Lang lang) {
    static constexpr std::array<Words, 2> k_words{{{"success", "успех"}, {"failure", "неудача"}}};
    return word_of<OutcomeResult::Failure>(r, k_words, lang);
}

const char* result_name(const std::optional<Located<OutcomeResult>>& r, Lang lang) {
    if (r) return result_name(r->value, lang);
    return lang == Lang::Ru ? "отдельный итог, не Да и не Нет"
                            : "a result of its own, neither yes nor no";
}

std::string approver_words(std::string_view approver, Lang lang) {
    const bool ru = lang == Lang::Ru;
    if (approver == "manager") {
        return ru ? "руководитель менеджера сделки" : "the deal manager's head";
    }
    if (approver.starts_with("role:")) {
        return std::string(ru ? "роль " : "role ") + std::string(approver.substr(5));
    }
    if (approver.starts_with("user:")) {
        return std::string(ru ? "пользователь " : "user ") + std::string(approver.substr(5));
    }
    return std::string(approver);
}

const char* tr(std::string_view key, Lang lang) {
    for (const auto& p : k_phrases) {
        if (p.key == key) return lang == Lang::Ru ? p.ru : p.en;
    }
    return key.data();
}

}  // namespace reltheme::render
