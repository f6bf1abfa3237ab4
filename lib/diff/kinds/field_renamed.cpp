// field-renamed: a deal field's display name changed.
#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_field_renamed() {
    return diffing::renamed_kind<Field>({"field-renamed", "A deal field's name changed",
                                         Severity::Info, Breaking::No, ChangeOp::Changed},
                                        &Theme::fields, "field-renamed");
}

}  // namespace reltheme
