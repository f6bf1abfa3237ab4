#include "catalogue/catalogue.h"

#include <algorithm>

#include "check/registry.h"
#include "diff/change_kind.h"
#include "util/embedded.h"

namespace reltheme {
namespace {

RuleInfo describe(const Rule& r) {
    RuleInfo info;
    info.id = std::string(r.id());
    info.summary = std::string(r.summary());
    info.default_severity = r.default_severity();
    info.group = to_string(r.group());
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
        // 3. simulate/: the violations a scenario run reports, once simulate/
        //    lists them; a module with ids adds its list here and nowhere else.
        return out;
    }();
    return k_catalogue;
}

const RuleInfo* find_in_catalogue(std::string_view id) {
    const auto& all = rule_catalogue();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const RuleInfo& r) { return r.id == id; });
    return it == all.end() ? nullptr : &*it;
}

bool is_rule_id(std::string_view id) {
    return find_in_catalogue(id) != nullptr;
}

std::vector<std::string> rule_ids() {
    std::vector<std::string> ids;
    for (const auto& r : rule_catalogue()) ids.push_back(r.id);
    return ids;
}

}  // namespace reltheme
