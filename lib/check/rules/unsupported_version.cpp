#include "check/rules/rules.h"

namespace reltheme::rules {

std::unique_ptr<Rule> make_unsupported_version() {
    return std::make_unique<StructuralRule>(
        "unsupported-version", "the file's format version is not one this reltheme reads");
}

}  // namespace reltheme::rules
