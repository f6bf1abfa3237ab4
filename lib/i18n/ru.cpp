// Каталог сообщений на русском (i18n/messages.h): идентификатор и текст с
// именованными параметрами; формы существительного через `|`: одна, две,
// пять (ошибка|ошибки|ошибок). Пишем, как пишет справка Saby: словами CRM
// (этап, сделка, итог, срок, согласование, печатная форма, скрипт, тема
// отношений), не дословным переводом; идентификаторы и названия из темы — как
// они написаны, в кавычках «…».
#include "i18n/messages.h"

namespace reltheme::i18n {
namespace {

// clang-format off
constexpr Entry k_entries[] = {
    // Общие фразы.
    {"did-you-mean", "; возможно, имелся в виду «{suggestion}»?"},

    // Итог проверки в отчёте для человека.
    {"summary", "{errors}, {warnings}{infos} в {files}"},
    {"summary.infos", ", {infos}"},
    {"summary.run-failed", "; проверка не выполнена:"},
    {"summary.baseline", " (принято базовой линией: {baselined}{unused})"},
    {"summary.unused-baseline", ", {entries}"},
    {"noun.unused-baseline-entry", "лишняя запись базовой линии|лишние записи базовой линии|лишних записей базовой линии"},
    {"noun.error", "ошибка|ошибки|ошибок"},
    {"noun.warning", "предупреждение|предупреждения|предупреждений"},
    {"noun.info", "заметка|заметки|заметок"},
    // «в 1 файле», «в 2 файлах», «в 5 файлах».
    {"noun.file-in", "файле|файлах|файлах"},
};
// clang-format on

}  // namespace

std::span<const Entry> catalogue_ru() {
    return k_entries;
}

}  // namespace reltheme::i18n
