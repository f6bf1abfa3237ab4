#include "check/catalogue.h"

#include "check/registry.h"
#include "util/embedded.h"

namespace reltheme {
namespace {

const char* group_tag(RuleGroup g) {
    switch (g) {
        case RuleGroup::Structure:
            return "structure";
        case RuleGroup::Correctness:
            return "validate";
        case RuleGroup::Style:
            return "lint";
        case RuleGroup::Diff:
            return "diff";
    }
    return "";
}

}  // namespace

std::vector<RuleInfo> rule_catalogue() {
    std::vector<RuleInfo> out;
    for (const auto& r : all_rules()) {
        RuleInfo info;
        info.id = std::string(r->id());
        info.summary = std::string(r->summary());
        info.default_severity = r->default_severity();
        info.group = group_tag(r->group());
        if (const auto page = embedded_file("docs/rules/" + info.id + ".md"))
            info.page = std::string(*page);
        out.push_back(std::move(info));
    }
    return out;
}

}  // namespace reltheme
