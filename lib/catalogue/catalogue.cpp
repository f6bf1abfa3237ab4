#include "catalogue/catalogue.h"

#include <algorithm>

#include "check/registry.h"
#include "diff/change_kind.h"
#include "simulate/violations.h"
#include "util/embedded.h"

namespace reltheme {
namespace {

RuleInfo describe(const Rule& r) {
    RuleInfo info;
    info.id = std::string(r.id());
    info.summary = std::string(r.summary());
    info.default_severity = r.default_severity();
    info.group = to_string(r.group());
    info.fix = to_string(r.fixes());
    if (const auto page = embedded_file("docs/rules/" + info.id + ".md"))
        info.page = std::string(*page);
    return info;
}

}  // namespace

const std::vector<RuleInfo>& rule_catalogue() {
    static const std::vector<RuleInfo> k_catalogue = [] {
        std::vector<RuleInfo> out;
        // 1. check/: structure, validate and lint rules.
        for (const auto& rule : check_rules()) out.push_back(describe(*rule));
        // 2. diff/: the change kinds.
        for (const ChangeKind* kind : all_change_kinds()) out.push_back(describe(*kind));
        // 3. simulate/: the violations and warnings a scenario run reports. A
        //    module with ids adds its list here and nowhere else.
        for (const SimCheckInfo& c : sim_checks()) {
            RuleInfo info;
            info.id = std::string(c.id);
            info.summary = std::string(c.summary);
            info.default_severity = Severity::Warning;
            info.severity_text = c.level.starts_with("warning") ? "warning" : "violation";
            info.group = "simulate";
            info.configurable = false;
            if (const auto page = embedded_file("docs/rules/" + info.id + ".md"))
                info.page = std::string(*page);
            out.push_back(std::move(info));
        }
        return out;
    }();
    return k_catalogue;
}

const std::vector<RuleInfo>& report_rules() {
    static const std::vector<RuleInfo> k_rules = [] {
        std::vector<RuleInfo> out;
        for (const auto& r : rule_catalogue()) {
            if (r.configurable) out.push_back(r);
        }
        return out;
    }();
    return k_rules;
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
