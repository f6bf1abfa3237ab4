#include "check/rules/rules.h"

#include "load/rule_ids.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_yaml_syntax() {
    return std::make_unique<StructuralRule>(rule_id::k_yaml_syntax,
                                            "the file is not valid YAML or not UTF-8 text");
}

}  // namespace reltheme::rules
