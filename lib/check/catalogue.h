#pragma once
/// Every registered rule as a RuleInfo, with its documentation page, for the
/// reports that describe rules (SARIF).
#include <vector>

#include "util/rule_info.h"

namespace reltheme {

std::vector<RuleInfo> rule_catalogue();

}  // namespace reltheme
