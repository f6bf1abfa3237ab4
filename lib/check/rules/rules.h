#pragma once
/// Factories of every rule; registry.cpp lists them in order.
#include <memory>

#include "check/rule.h"

namespace reltheme::rules {

// Structure (reported while loading).
std::unique_ptr<Rule> make_yaml_syntax();
std::unique_ptr<Rule> make_duplicate_key();
std::unique_ptr<Rule> make_schema();
std::unique_ptr<Rule> make_unsupported_version();
std::unique_ptr<Rule> make_not_for_type();
std::unique_ptr<Rule> make_duplicate_id();
std::unique_ptr<Rule> make_unused_suppression();

// References.

// Stage graph.

// Deadlines and approval.

// Parameters and outcomes.

// Style (lint only).

// Diff change kinds.

}  // namespace reltheme::rules
