#include "check/rules/rules.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_schema() {
    return std::make_unique<StructuralRule>(
        "schema", "unknown key, wrong type, missing key, bad value, duration or id");
}

}  // namespace reltheme::rules
