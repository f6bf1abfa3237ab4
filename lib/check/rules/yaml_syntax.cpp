#include "check/rules/rules.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_yaml_syntax() {
    return std::make_unique<StructuralRule>("yaml-syntax",
                                            "the file is not valid YAML or not UTF-8 text");
}

}  // namespace reltheme::rules
