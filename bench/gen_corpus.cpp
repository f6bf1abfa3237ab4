// Writes N realistic sales themes (5-30 stages, outcomes, documents, fields,
// Russian names), deterministic by seed, for the benchmarks.
//
//   bench_gen_corpus OUT_DIR [N=2000] [SEED=1]
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

/// SplitMix64: a small generator whose output is the same on every platform.
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int between(int lo, int hi) {
        return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
};

const std::vector<std::string> k_stage_names = {"Новый",
                                                "Знакомство",
                                                "Выявление потребности",
                                                "Презентация",
                                                "Демонстрация",
                                                "Коммерческое предложение",
                                                "Согласование",
                                                "Тендер",
                                                "Переговоры",
                                                "Договор",
                                                "Счёт",
                                                "Оплата",
                                                "Отгрузка",
                                                "Доставка",
                                                "Монтаж",
                                                "Обучение",
                                                "Пилотный проект",
                                                "Аудит",
                                                "Проверка документов",
                                                "Закрытие"};
const std::vector<std::string> k_outcomes = {
    "Дорого",      "Ушли к конкуренту", "Нет бюджета",
    "Не отвечает", "Сделка перенесена", "Не подошли условия"};
const std::vector<std::string> k_units = {"d", "bd", "h"};

std::string theme(int index, Random& r) {
    const int stages = r.between(5, 30);
    std::string s;
    s += "# yaml-language-server: $schema=../schemas/theme.schema.json\n";
    s += "reltheme: 1\n";
    s += "id: theme-" + std::to_string(index) + "\n";
    s += "name: Продажи направления " + std::to_string(index) + "\n";
    s += "type: sales\n";
    s += "description: Продажи по направлению " + std::to_string(index) +
         ", от первого звонка до отгрузки\n";
    s += "instruction: |\n  Ведите клиента по этапам. Перед переходом заполните обязательные "
         "поля.\n";
    s += "script: sales-basic\n";
    s += "max_duration: " + std::to_string(stages * 9 + 30) + "d\n";
    s += "deadline_change:\n  approval: required\n  approvers: [role:head-of-sales, manager]\n";
    s += "stages:\n";
    for (int i = 0; i < stages; ++i) {
        s += "  - id: stage-" + std::to_string(i) + "\n";
        s += "    name: " + k_stage_names[static_cast<std::size_t>(i) % k_stage_names.size()] +
             " " + std::to_string(i + 1) + "\n";
        const std::string& unit = k_units[static_cast<std::size_t>(r.between(0, 2))];
        const int amount = unit == "h" ? r.between(4, 48) : r.between(1, 5);
        s += "    deadline: " + std::to_string(amount) + unit + "\n";
        s += "    instruction: Проведите этап «" +
             k_stage_names[static_cast<std::size_t>(i) % k_stage_names.size()] +
             "» и зафиксируйте итог в карточке сделки.\n";
        if (i == stages - 2) s += "    role: payment\n";
        if (i == stages - 1) {
            s += "    role: shipment\n    requires: [delivery_date]\n";
            continue;
        }
        s += "    probability: 0." + std::to_string(r.between(1, 9)) + "\n";
        s += "    next:\n      - stage-" + std::to_string(i + 1) + "\n";
        if (i > 1 && r.between(0, 3) == 0) {
            s += "      - { to: stage-" + std::to_string(r.between(1, i - 1)) +
                 ", probability: 0.1 }\n";
        }
    }
    s += "outcomes:\n";
    const int outcomes = r.between(2, 5);
    for (int i = 0; i < outcomes; ++i) {
        s += "  - id: reason-" + std::to_string(i) +
             "\n    name: " + k_outcomes[static_cast<std::size_t>(i)] +
             "\n    result: failure\n    comment: " + (i % 2 ? "required" : "optional") + "\n";
    }
    s += "documents:\n  - id: offer\n    name: Коммерческое предложение\n    kind: print-form\n"
         "    stages: [stage-1]\n  - id: contract\n    name: Договор\n    kind: online\n"
         "    stages: [stage-2]\n";
    s += "fields:\n  - id: delivery_date\n    name: Желаемая дата доставки\n    type: date\n"
         "  - id: carrier\n    name: Транспортная компания\n    type: enum\n    options: [СДЭК, "
         "Деловые линии, Самовывоз]\n"
         "  - id: amount\n    name: Сумма сделки\n    type: money\n";
    s += "parameters:\n  concurrent_deals: false\n  planning: required\n  close: on-outcome\n"
         "  after_close:\n    planned_activities: cancel\n    unpaid_invoices: cancel\n";
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_gen_corpus OUT_DIR [N=2000] [SEED=1]\n";
        return 2;
    }
    const std::filesystem::path out = argv[1];
    const int n = argc > 2 ? std::atoi(argv[2]) : 2000;
    Random r{argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1};
    std::filesystem::create_directories(out);
    std::ofstream(out / "reltheme.yaml") << "themes: [\"**/*.yaml\"]\n"
                                            "registry:\n  scripts: [sales-basic]\n"
                                            "  approvers: [role:head-of-sales, manager]\n";
    for (int i = 0; i < n; ++i) {
        const std::filesystem::path dir = out / ("group-" + std::to_string(i / 500));
        std::filesystem::create_directories(dir);
        std::ofstream(dir / ("theme-" + std::to_string(i) + ".yaml")) << theme(i, r);
    }
    return 0;
}
