#pragma once
/// The explicit list of check's rules (no static self-registration): the
/// structure, validate and lint rules. diff/ lists its change kinds itself;
/// catalogue/ composes every module's list for `reltheme rules`.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/rule.h"

namespace reltheme {

/// check's rules, in the order `reltheme rules` lists them.
const std::vector<std::unique_ptr<Rule>>& check_rules();
/// One of check's rules by id, or nullptr.
const Rule* find_check_rule(std::string_view id);

}  // namespace reltheme
