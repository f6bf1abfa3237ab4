#include "init/starter.h"

#include <cctype>

#include <fmt/format.h>

namespace reltheme::init {
namespace {

constexpr std::string_view k_sales_body =
    R"(description: Одно направление продаж — от первого контакта до отгрузки товара.
max_duration: 30d                  # максимальный срок ведения сделки
deadline_change:                   # изменение срока сделки согласует руководитель менеджера
  approval: required
  approvers: [manager]
stages:                            # первый этап — тот, с которого начинается сделка
  - id: new
    name: Новый
    deadline: 1d
    instruction: Свяжитесь с клиентом в течение дня и договоритесь о знакомстве.
    next: [intro]
  - id: intro
    name: Знакомство
    deadline: 3bd
    probability: 0.2               # вероятность выиграть сделку с этого этапа
    instruction: Выясните потребность, бюджет и кто принимает решение о покупке.
    next: [proposal]
  - id: proposal
    name: Коммерческое предложение
    deadline: 5d
    probability: 0.4
    instruction: Отправьте коммерческое предложение, через два дня позвоните и узнайте решение.
    next:
      - payment
      - { to: intro, probability: 0.2 }   # клиент вернулся к обсуждению условий
  - id: payment
    name: Оплата
    role: payment
    deadline: 5bd
    probability: 0.8
    instruction: Выставьте счёт и проконтролируйте оплату. Не отгружайте товар до поступления денег.
    next: [shipment]
  - id: shipment
    name: Отгрузка
    role: shipment
    deadline: 3d
    instruction: Согласуйте с клиентом дату доставки и передайте заказ на склад.
    requires: [delivery_date]      # без этого поля на этап не перейти
outcomes:                          # в дополнение к встроенным «Выиграна» и «Проиграна»
  - id: too-expensive
    name: Дорого
    result: failure
    comment: required              # напишите, какую цену ждал клиент
  - id: competitor
    name: Ушли к конкуренту
    result: failure
    comment: optional
  - id: no-need
    name: Нет потребности
    result: failure
    comment: optional
fields:                            # дополнительные поля сделки
  - id: delivery_date
    name: Желаемая дата доставки
    type: date
instruction: |
  ## Как работать с темой «{{theme.name}}»

  - Планируйте следующий звонок или встречу сразу после разговора: без него итог не записать.
  - Коммерческое предложение отправляйте из сделки, чтобы оно осталось в истории.
  - Если сделка сорвалась, выберите итог; для итога «Дорого» напишите, какую цену ждал клиент.
parameters:
  concurrent_deals: false          # одна открытая сделка с клиентом по этой теме
  planning: required               # результат звонка не записать, пока не запланирован следующий
  close: on-outcome                # сделка закрывается, когда записан итог
  after_close:
    planned_activities: cancel
    unpaid_invoices: cancel
# Печатные формы и шаблоны писем (documents), скрипт продаж (script) и другие
# ключи описаны в JSON-схеме: редактор подскажет их по `$schema` выше.
)";

constexpr std::string_view k_audit_body =
    R"(description: Обзвон клиентской базы, чтобы проверить контакты и узнать об интересе к новым продуктам.
instruction: |
  ## Как работать с темой «{{theme.name}}»

  - Позвоните клиенту и проверьте, актуальны ли контактное лицо и телефон.
  - Спросите, интересны ли клиенту новые продукты.
  - Запишите итог звонка и обязательно прокомментируйте его.
outcomes:                          # в дополнение к встроенным «Да» и «Нет»; комментарий обязателен
  - id: contact-changed
    name: Сменилось контактное лицо
    result: success
    comment: required
  - id: interested
    name: Интерес к новым продуктам
    result: success
    comment: required
  - id: call-back-later
    name: Просили перезвонить позже
    result: failure
    comment: required
  - id: wrong-number
    name: Неверный номер телефона
    result: failure
    comment: required
)";

constexpr std::string_view k_service_body =
    R"(description: Плановые звонки действующим клиентам и обработка их обращений после покупки.
instruction: |
  ## Как работать с темой «{{theme.name}}»

  - Звоните клиенту раз в месяц: узнайте, всё ли в порядке с поставками и документами.
  - Обращение клиента фиксируйте событием в течение рабочего дня.
  - Если клиент готов к новой покупке, создайте сделку по теме продаж.
)";

const char* default_name(ThemeType type) {
    switch (type) {
        case ThemeType::Sales:
            return "Стандартная";
        case ThemeType::Audit:
            return "Аудит клиентской базы";
        case ThemeType::Service:
            return "Обслуживание клиентов";
    }
    return "";
}

const char* header_comment(ThemeType type) {
    switch (type) {
        case ThemeType::Sales:
            return "# Тема отношений «Продажи»: этапы сделки от первого контакта до отгрузки.\n";
        case ThemeType::Audit:
            return "# Тема отношений «Аудит»: звонки по клиентской базе с итогом «Да/Нет» и своими "
                   "итогами.\n";
        case ThemeType::Service:
            return "# Тема отношений «Обслуживание»: работа с действующими клиентами.\n";
    }
    return "";
}

}  // namespace

std::string default_id(ThemeType type) {
    switch (type) {
        case ThemeType::Sales:
            return "standard";
        case ThemeType::Audit:
            return "audit";
        case ThemeType::Service:
            return "service";
    }
    return "theme";
}

bool valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64 || id.front() < 'a' || id.front() > 'z') return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

std::string name_from_id(std::string_view id) {
    std::string name(id);
    for (char& c : name) {
        if (c == '-' || c == '_') c = ' ';
    }
    if (!name.empty() && name.front() >= 'a' && name.front() <= 'z')
        name.front() = static_cast<char>(name.front() - 'a' + 'A');
    return name;
}

std::string starter_theme(const StarterOptions& options) {
    const std::string id = options.id.empty() ? default_id(options.type) : options.id;
    const std::string name =
        !options.name.empty()
            ? options.name
            : (options.id.empty() ? default_name(options.type) : name_from_id(options.id));
    std::string out;
    if (!options.schema_path.empty()) {
        out += "# yaml-language-server: $schema=" + options.schema_path + "\n";
    }
    out += header_comment(options.type);
    out += "reltheme: 1\n";
    out += "id: " + id + "\n";
    out += "name: " + yaml_scalar(name) + "\n";
    out += std::string("type: ") + to_string(options.type) + "\n";
    switch (options.type) {
        case ThemeType::Sales:
            out += k_sales_body;
            break;
        case ThemeType::Audit:
            out += k_audit_body;
            break;
        case ThemeType::Service:
            out += k_service_body;
            break;
    }
    return out;
}

std::string starter_project(const std::string& themes_glob, const std::string& schema_path) {
    std::string out;
    if (!schema_path.empty()) out += "# yaml-language-server: $schema=" + schema_path + "\n";
    out += "# Проект reltheme: `reltheme lint` без путей читает темы по шаблонам `themes`.\n";
    out += "themes: [" + yaml_quote(themes_glob) + "]\n";
    out += R"(# ignore: ["themes/drafts/**"]    # файлы, которые не проверять
# rules:                            # уровень правила: error | warning | info | off
#   missing-description: off
# registry:                         # когда задан, скрипты и согласующие тем сверяются с ним
#   scripts: [sales-basic]
#   approvers: [manager, role:head-of-sales]
)";
    return out;
}

}  // namespace reltheme::init
