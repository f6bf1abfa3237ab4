#pragma once
/// The ids of the findings the loaders report while they read (themes,
/// project files, scenarios, models), and of the rules whose findings the
/// readers of simulate/ report too (a scenario's theme path, a model's stage
/// ids). The rules of check/rules/ are declared with the same constants, so
/// an id has one home.
namespace reltheme::rule_id {

inline constexpr const char* k_yaml_syntax = "yaml-syntax";
inline constexpr const char* k_duplicate_key = "duplicate-key";
inline constexpr const char* k_schema = "schema";
inline constexpr const char* k_not_for_type = "not-for-type";
inline constexpr const char* k_unsupported_version = "unsupported-version";
inline constexpr const char* k_duplicate_id = "duplicate-id";
inline constexpr const char* k_missing_file = "missing-file";
inline constexpr const char* k_path_escape = "path-escape";
inline constexpr const char* k_unknown_stage = "unknown-stage";

}  // namespace reltheme::rule_id
