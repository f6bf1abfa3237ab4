#pragma once
/// The explicit list of every rule (no static self-registration).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/rule.h"

namespace reltheme {

/// Every rule, in the order `reltheme rules` lists them.
const std::vector<std::unique_ptr<Rule>>& all_rules();
/// Every rule's id, in the same order (what a project file's `rules:` may name).
const std::vector<std::string>& all_rule_ids();
/// A rule by id, or nullptr.
const Rule* find_rule(std::string_view id);

}  // namespace reltheme
