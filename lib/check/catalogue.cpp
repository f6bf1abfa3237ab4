#include "check/catalogue.h"

#include "check/registry.h"
#include "util/embedded.h"

namespace reltheme {
std::vector<RuleInfo> rule_catalogue() {
    std::vector<RuleInfo> out;
    for (const auto& r : all_rules()) {
        RuleInfo info;
        info.id = std::string(r->id());
        info.summary = std::string(r->summary());
        info.default_severity = r->default_severity();
        info.group = to_string(r->group());
        if (const auto page = embedded_file("docs/rules/" + info.id + ".md"))
            info.page = std::string(*page);
        out.push_back(std::move(info));
    }
    return out;
}

}  // namespace reltheme
