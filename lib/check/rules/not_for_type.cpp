#include "check/rules/rules.h"

#include "load/rule_ids.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_not_for_type() {
    return std::make_unique<StructuralRule>(rule_id::k_not_for_type,
                                            "a key the theme's type does not allow");
}

}  // namespace reltheme::rules
