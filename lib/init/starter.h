#pragma once
/// What `reltheme init` writes: a complete theme of each type to start from
/// (for sales, the standard Saby theme «Новый → Знакомство → Коммерческое
/// предложение → Оплата → Отгрузка»), and a project file.
#include <optional>
#include <string>
#include <string_view>

#include "model/theme.h"
#include "util/markup.h"  // yaml_scalar, yaml_quote

namespace reltheme::init {

struct StarterOptions {
    ThemeType type = ThemeType::Sales;
    std::string id;    ///< empty: the type's usual id (standard, audit, service)
    std::string name;  ///< empty: the type's usual name, or `name_from_id` when an id is given
    /// The `$schema` path written in the `yaml-language-server` comment
    /// (relative to the theme file); empty: no comment.
    std::string schema_path;
};

/// The id a starter theme gets when none is given.
std::string default_id(ThemeType type);

/// The name a starter with its own id and no name gets: the id with a
/// capital first letter and `-`, `_` as spaces (`audit-q1` -> "Audit q1"),
/// so that `lint` finds nothing in it (`name-case`).
std::string name_from_id(std::string_view id);

/// Whether `id` is a valid theme id (`[a-z][a-z0-9_-]*`, at most 64 characters).
bool valid_id(std::string_view id);

/// The theme file's text. Every part a reviewer asks for is filled in:
/// description, instructions for the theme and each stage, deadlines that fit
/// `max_duration`, outcomes, parameters.
std::string starter_theme(const StarterOptions& options);

/// A `reltheme.yaml` that reads `themes_glob`, with the registry shown as a
/// comment; `schema_path` as above (relative to the project file).
std::string starter_project(const std::string& themes_glob, const std::string& schema_path);

}  // namespace reltheme::init
