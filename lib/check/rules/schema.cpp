#include "check/rules/rules.h"

#include "load/rule_ids.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_schema() {
    return std::make_unique<StructuralRule>(
        rule_id::k_schema, "unknown key, wrong type, missing key, bad value, duration or id",
        // Safe: a duration's spelling, a Cyrillic look-alike in an id. Unsafe:
        // the did-you-mean of an unknown key or value.
        FixClass::Both);
}

}  // namespace reltheme::rules
