#include "check/rules/rules.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_not_for_type() {
    return std::make_unique<StructuralRule>("not-for-type",
                                            "a key the theme's type does not allow");
}

}  // namespace reltheme::rules
