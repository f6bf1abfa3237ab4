#include "catalogue/catalogue.h"

#include <algorithm>

#include "check/registry.h"
#include "diff/change_kind.h"
#include "i18n/messages.h"
#include "simulate/violations.h"
#include "util/embedded.h"

namespace reltheme {
namespace {

/// The page of `id` in `lang`: docs/rules/<id>.md, or its twin
/// docs/rules/<lang>/<id>.md when there is one.
std::string page_of(const std::string& id, Lang lang) {
    if (lang != Lang::En) {
        const std::string twin = fmt::format("docs/rules/{}/{}.md", lang_code(lang), id);
        if (const auto page = embedded_file(twin)) return std::string(*page);
    }
    const auto page = embedded_file("docs/rules/" + id + ".md");
    return page ? std::string(*page) : std::string();
}

/// `summary`, the English of the module that owns the id, or the catalogue's
/// `<kind>-summary.<id>` in `lang` when it has one.
std::string summary_of(std::string_view kind, const std::string& id, std::string_view summary,
                       Lang lang) {
    if (lang == Lang::En) return std::string(summary);
    const std::string key = fmt::format("{}-summary.{}", kind, id);
    const std::string_view text = i18n::text(key, lang);
    if (text == key) return std::string(summary);
    return i18n::vformat(key, lang, {});
}

RuleInfo describe(const Rule& r, Lang lang) {
    RuleInfo info;
    info.id = std::string(r.id());
    info.summary = summary_of("rule", info.id, r.summary(), lang);
    info.default_severity = r.default_severity();
    info.group = to_string(r.group());
    info.fix = to_string(r.fixes());
    info.page = page_of(info.id, lang);
    return info;
}

std::vector<RuleInfo> build(Lang lang) {
    std::vector<RuleInfo> out;
    // 1. check/: structure, validate and lint rules.
    for (const auto& rule : check_rules()) out.push_back(describe(*rule, lang));
    // 2. diff/: the change kinds.
    for (const ChangeKind* kind : all_change_kinds()) out.push_back(describe(*kind, lang));
    // 3. simulate/: the violations and warnings a scenario run reports. A
    //    module with ids adds its list here and nowhere else.
    for (const SimCheckInfo& c : sim_checks()) {
        RuleInfo info;
        info.id = std::string(c.id);
        info.summary = summary_of("sim", info.id, c.summary, lang);
        info.default_severity = Severity::Warning;
        info.severity_text = c.level.starts_with("warning") ? "warning" : "violation";
        info.group = "simulate";
        info.configurable = false;
        info.page = page_of(info.id, lang);
        out.push_back(std::move(info));
    }
    return out;
}

std::vector<RuleInfo> configurable(const std::vector<RuleInfo>& all) {
    std::vector<RuleInfo> out;
    for (const auto& r : all) {
        if (r.configurable) out.push_back(r);
    }
    return out;
}

}  // namespace

const std::vector<RuleInfo>& rule_catalogue() {
    // One catalogue a language, built when first asked for.
    static const std::vector<RuleInfo> k_en = build(Lang::En);
    if (i18n::current_lang() == Lang::En) return k_en;
    static const std::vector<RuleInfo> k_ru = build(Lang::Ru);
    return k_ru;
}

const std::vector<RuleInfo>& report_rules() {
    // Each made, in its language, from that language's catalogue.
    if (i18n::current_lang() == Lang::En) {
        static const std::vector<RuleInfo> k_en = configurable(rule_catalogue());
        return k_en;
    }
    static const std::vector<RuleInfo> k_ru = configurable(rule_catalogue());
    return k_ru;
}

std::vector<RuleInfo> command_rules(std::string_view command) {
    const bool lint = command == "lint";
    if (!lint && command != "validate") return {};
    std::vector<RuleInfo> out;
    for (const auto& r : rule_catalogue()) {
        const bool reported = r.group == to_string(RuleGroup::Structure) ||
                              r.group == to_string(RuleGroup::Correctness) ||
                              (lint && r.group == to_string(RuleGroup::Style));
        if (reported) out.push_back(r);
    }
    return out;
}

const RuleInfo* find_in_catalogue(std::string_view id) {
    const auto& all = rule_catalogue();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const RuleInfo& r) { return r.id == id; });
    return it == all.end() ? nullptr : &*it;
}

bool is_rule_id(std::string_view id) {
    const auto& ids = configurable_rule_ids();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const std::vector<std::string>& configurable_rule_ids() {
    static const std::vector<std::string> k_ids = [] {
        std::vector<std::string> ids;
        for (const auto& r : report_rules()) ids.push_back(r.id);
        return ids;
    }();
    return k_ids;
}

std::vector<std::string> rule_ids() {
    std::vector<std::string> ids;
    for (const auto& r : rule_catalogue()) ids.push_back(r.id);
    return ids;
}

}  // namespace reltheme
