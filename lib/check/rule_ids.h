#pragma once
/// The ids of check's rules that the engine and the severity policy name
/// themselves (the loader's structural ids are in load/rule_ids.h).
namespace reltheme::rule_id {

inline constexpr const char* k_unused_suppression = "unused-suppression";

}  // namespace reltheme::rule_id
