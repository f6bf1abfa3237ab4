#include "check/rules/rules.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_duplicate_key() {
    return std::make_unique<StructuralRule>("duplicate-key", "a key appears twice in one mapping");
}

}  // namespace reltheme::rules
