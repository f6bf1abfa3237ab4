#include "check/rules/rules.h"

#include "load/rule_ids.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_unsupported_version() {
    return std::make_unique<StructuralRule>(
        rule_id::k_unsupported_version, "the file's format version is not one this reltheme reads");
}

}  // namespace reltheme::rules
