#include "check/rules/rules.h"

#include "load/rule_ids.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_duplicate_key() {
    return std::make_unique<StructuralRule>(rule_id::k_duplicate_key,
                                            "a key appears twice in one mapping");
}

}  // namespace reltheme::rules
