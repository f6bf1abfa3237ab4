#pragma once
/// The ids of the structural findings the loaders report while they read
/// (themes, project files, scenarios, models). The structure rules of
/// check/rules/ are declared with the same constants, so an id has one home.
namespace reltheme::rule_id {

inline constexpr const char* k_yaml_syntax = "yaml-syntax";
inline constexpr const char* k_duplicate_key = "duplicate-key";
inline constexpr const char* k_schema = "schema";
inline constexpr const char* k_not_for_type = "not-for-type";
inline constexpr const char* k_unsupported_version = "unsupported-version";

}  // namespace reltheme::rule_id
