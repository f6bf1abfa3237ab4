#pragma once
/// The rule catalogue: every id a user can name, composed from the modules
/// that own them — check's rules (check/registry.h), diff's change kinds
/// (diff/registry.cpp) and the simulation's violations — with each one's
/// documentation page. `reltheme rules` and `explain`, SARIF's
/// `tool.driver.rules`, the project file's `rules:` and inline suppressions
/// read it. It is the only place that depends on every module with ids; none
/// of them depends on it (docs/architecture.md).
#include <string>
#include <string_view>
#include <vector>

#include "util/rule_info.h"

namespace reltheme {

/// Every entry, in the order `reltheme rules` lists them: check's rules,
/// then diff's change kinds, then the simulation's violations.
const std::vector<RuleInfo>& rule_catalogue();

/// The entries a project file's `rules:` and a suppression may name: rules
/// and change kinds, in catalogue order.
const std::vector<RuleInfo>& report_rules();

/// The rules one command can report, in catalogue order, for SARIF's
/// `tool.driver.rules`: `validate` the structure and validate rules, `lint`
/// those and the style rules; another command none.
std::vector<RuleInfo> command_rules(std::string_view command);

/// An entry by id, or nullptr.
const RuleInfo* find_in_catalogue(std::string_view id);

/// Whether `id` names a rule or change kind that a project file's `rules:`
/// and suppression comments may name (check's RuleIdTest).
bool is_rule_id(std::string_view id);

/// Those ids, in catalogue order (what `rules:` is checked against).
const std::vector<std::string>& configurable_rule_ids();

/// Every id, in catalogue order (for did-you-mean).
std::vector<std::string> rule_ids();

}  // namespace reltheme
