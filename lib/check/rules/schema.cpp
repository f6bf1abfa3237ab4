#include "check/rules/rules.h"

#include "load/rule_ids.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_schema() {
    return std::make_unique<StructuralRule>(
        rule_id::k_schema, "unknown key, wrong type, missing key, bad value, duration or id");
}

}  // namespace reltheme::rules
